// Loads the demo: the accounts in demo/demo-sign-ins.ts, the tags, and about forty articles with
// comment threads from prisma/demo/. Writes go through the same factories the tests use.
//
//   tsx --conditions=react-server prisma/seed.ts [--if-empty] [--allow-production]
//
// Safe to run again: users (by email), tags and articles (by slug) that already exist are left
// as they are, so edits made in a running demo survive, and an article's comments are written
// only together with the article. --if-empty does nothing once any user exists (used at start-up
// by scripts/with-database.ts).
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { createArticle, createComment, createTag, createUser } from "@/tests/factories";
import { DEMO_ARTICLES } from "./demo/articles";
import { assertDemoContentIsValid } from "./demo/check-demo-content";
import { scheduleComments } from "./demo/comment-schedule";
import { DEMO_SIGN_INS } from "./demo/demo-sign-ins";
import { DEMO_PERSON_EMAILS, DEMO_STAFF_BIOS } from "./demo/people";
import { DEMO_TAGS } from "./demo/tags";
import { demoViewHours } from "./demo/views";
import type { TDemoArticle, TDemoPerson } from "./demo/types";

const KNOWN_FLAGS = new Set(["--if-empty", "--allow-production"]);
const HOUR_MS = 60 * 60 * 1000;

type TSeedCounts = { users: number; newUsers: number; tags: number; newTags: number; articles: number; newArticles: number; newComments: number };

// argon2 is slow on purpose; every demo account shares one password, so hash each distinct
// password once, and only if an account actually needs creating.
const hashesByPassword = new Map<string, Promise<string>>();
function demoPasswordHash(password: string): Promise<string> {
  let hashed = hashesByPassword.get(password);
  if (!hashed) {
    hashed = hashPassword(password);
    hashesByPassword.set(password, hashed);
  }
  return hashed;
}

async function seedUsers(): Promise<{ userIdsByEmail: Map<string, string>; created: number }> {
  const userIdsByEmail = new Map<string, string>();
  let created = 0;
  for (const signIn of DEMO_SIGN_INS) {
    const email = signIn.email.toLowerCase();
    const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) {
      userIdsByEmail.set(email, existing.id);
      continue;
    }
    const user = await createUser({
      email,
      name: signIn.name,
      role: signIn.role,
      tier: signIn.tier,
      handle: signIn.handle ?? null,
      bio: DEMO_STAFF_BIOS[email] ?? "",
      passwordHash: await demoPasswordHash(signIn.password),
      // Established accounts: the comment rules hold back links from accounts under a day old.
      createdAt: new Date(Date.now() - 90 * 24 * HOUR_MS),
    });
    userIdsByEmail.set(email, user.id);
    created += 1;
  }
  return { userIdsByEmail, created };
}

async function seedTags(): Promise<{ tagIdsBySlug: Map<string, string>; created: number }> {
  const tagIdsBySlug = new Map<string, string>();
  let created = 0;
  for (const tag of DEMO_TAGS) {
    const existing = await db.tag.findUnique({ where: { slug: tag.slug }, select: { id: true } });
    tagIdsBySlug.set(tag.slug, existing?.id ?? (await createTag(tag)).id);
    if (!existing) created += 1;
  }
  return { tagIdsBySlug, created };
}

function lookup(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`The demo content names ${what} "${key}", which the seed did not create`);
  return id;
}

/** Writes one article and its comments; returns how many comments, or null if it already existed. */
async function seedArticle(
  article: TDemoArticle,
  now: Date,
  userIdFor: (person: TDemoPerson) => string,
  tagIdsBySlug: Map<string, string>,
): Promise<number | null> {
  const existing = await db.article.findUnique({ where: { slug: article.slug }, select: { id: true } });
  if (existing) return null;
  const publishedAt = new Date(now.getTime() - article.hoursAgo * HOUR_MS);
  const created = await createArticle({
    title: article.title,
    slug: article.slug,
    dek: article.dek,
    body: article.body,
    status: "PUBLISHED",
    publishedAt,
    createdAt: new Date(publishedAt.getTime() - 2 * HOUR_MS),
    authorIds: article.authors.map(userIdFor),
    tagIds: article.tags.map((slug) => lookup(tagIdsBySlug, slug, "tag")),
    videoUrl: article.videoUrl ?? null,
    commentPolicy: article.commentPolicy ?? "OPEN",
  });
  const commentIds: string[] = [];
  for (const scheduled of scheduleComments(article.comments, publishedAt, now)) {
    const parentId = scheduled.parentIndex === null ? undefined : commentIds[scheduled.parentIndex];
    const comment = await createComment({
      articleId: created.id,
      authorId: userIdFor(scheduled.comment.by),
      ...(parentId ? { parentId } : {}),
      body: scheduled.comment.body,
      status: scheduled.comment.status,
      createdAt: scheduled.createdAt,
    });
    commentIds.push(comment.id);
  }
  return commentIds.length;
}

/** A day of readership for the articles just created, so the trending rails have something to show. */
async function seedViews(articles: TDemoArticle[], now: Date): Promise<void> {
  const rows = demoViewHours(articles, now);
  if (rows.length === 0) return;
  const ids = await db.article.findMany({ where: { slug: { in: articles.map((article) => article.slug) } }, select: { id: true, slug: true } });
  const idBySlug = new Map(ids.map((article) => [article.slug, article.id]));
  await db.articleViewHour.createMany({
    data: rows.map((row) => ({ articleId: lookup(idBySlug, row.slug, "article"), hour: row.hour, views: row.views })),
    skipDuplicates: true,
  });
}

async function seed(): Promise<TSeedCounts> {
  assertDemoContentIsValid(DEMO_ARTICLES);
  const now = new Date();
  const users = await seedUsers();
  const tags = await seedTags();
  const userIdFor = (person: TDemoPerson) => lookup(users.userIdsByEmail, DEMO_PERSON_EMAILS[person], "account");
  let newArticles = 0;
  let newComments = 0;
  const newArticleSlugs = new Set<string>();
  for (const article of DEMO_ARTICLES) {
    const comments = await seedArticle(article, now, userIdFor, tags.tagIdsBySlug);
    if (comments === null) continue;
    newArticles += 1;
    newComments += comments;
    newArticleSlugs.add(article.slug);
  }
  await seedViews(DEMO_ARTICLES.filter((article) => newArticleSlugs.has(article.slug)), now);
  return {
    users: users.userIdsByEmail.size,
    newUsers: users.created,
    tags: tags.tagIdsBySlug.size,
    newTags: tags.created,
    articles: DEMO_ARTICLES.length,
    newArticles,
    newComments,
  };
}

async function main(): Promise<number> {
  const flags = process.argv.slice(2);
  const unknown = flags.filter((flag) => !KNOWN_FLAGS.has(flag));
  if (unknown.length > 0) {
    console.error(`seed: unknown option ${unknown.join(", ")} (known: ${[...KNOWN_FLAGS].join(", ")})`);
    return 2;
  }
  if (process.env.NODE_ENV === "production" && !flags.includes("--allow-production")) {
    console.error("seed: refusing to load demo accounts with published passwords into production. Pass --allow-production if you mean it.");
    return 1;
  }
  if (flags.includes("--if-empty") && (await db.user.count()) > 0) {
    console.log("Demo content: skipped, the database already has users.");
    return 0;
  }
  const started = Date.now();
  const counts = await seed();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `Demo content: ${counts.users} users (${counts.newUsers} new), ${counts.tags} tags (${counts.newTags} new), ` +
      `${counts.articles} articles (${counts.newArticles} new), ${counts.newComments} new comments, in ${seconds} s.`,
  );
  return 0;
}

main()
  .catch((error: unknown) => {
    console.error("seed: loading the demo content failed.");
    console.error(error);
    return 1;
  })
  .then(async (code) => {
    await db.$disconnect();
    process.exitCode = code;
  });
