// The editor's writes: drafts, saves with optimistic locking, autosave folding, refusals.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ArticleConflictError } from "@/lib/articles/write/article-conflict-error";
import { createArticleDraftFor } from "@/lib/articles/write/create-article-draft";
import { listRevisionsFor } from "@/lib/articles/write/list-revisions";
import { restoreRevisionFor } from "@/lib/articles/write/restore-revision";
import { saveArticleFor } from "@/lib/articles/write/save-article";
import type { TSaveArticleInput, TSaveArticleInput as TInput } from "@/lib/articles/write/article-write-schemas";
import { createArticle, createUser, uniqueSuffix, actorFor } from "../factories";
import { rejection } from "./rejection";

function paragraphDoc(text: string) {
  return { type: "doc" as const, content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text }] }] };
}

function saveInput(article: { id: string; slug: string }, overrides: Partial<TInput> = {}): TSaveArticleInput {
  return {
    articleId: article.id,
    baseVersion: 1,
    title: "A title",
    slug: article.slug,
    dek: "",
    body: paragraphDoc("Hello"),
    tagNames: [],
    coAuthorIds: [],
    featuredImageUrl: "",
    featuredImageAlt: "",
    seoTitle: "",
    seoDescription: "",
    commentPolicy: "OPEN",
    isVipOnly: false,
    source: "editor",
    ...overrides,
  };
}

describe("creating a draft", () => {
  it("derives a unique slug, bylines the actor and records revision 1", async () => {
    const author = await createUser({ role: "AUTHOR" });
    const title = `Budget day ${uniqueSuffix()}`;
    const first = await createArticleDraftFor(actorFor(author), { title });
    const second = await createArticleDraftFor(actorFor(author), { title });
    expect(second.slug).toBe(`${first.slug}-2`);
    const article = await db.article.findUniqueOrThrow({ where: { id: first.id }, include: { authors: true, revisions: true } });
    expect(article).toMatchObject({ status: "DRAFT", version: 1, body: { type: "doc", content: [{ type: "paragraph" }] } });
    expect(article.authors).toEqual([expect.objectContaining({ userId: author.id, position: 0, status: "DRAFT" })]);
    expect(article.revisions).toEqual([expect.objectContaining({ version: 1, source: "editor", savedById: author.id })]);
  });

  it("is refused to members", async () => {
    const member = await createUser();
    expect(await rejection(createArticleDraftFor(actorFor(member), { title: "Nope" }))).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("saving", () => {
  it("bumps the version, writes a revision and syncs tags and co-authors with the status copies", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const coAuthor = await createUser({ role: "AUTHOR" });
    const article = await createArticle({ status: "DRAFT" });
    const tagName = `Local Politics ${uniqueSuffix()}`;
    const saved = await saveArticleFor(
      actorFor(editor),
      saveInput(article, { title: "New title", dek: "Dek", tagNames: [tagName, tagName.toUpperCase()], coAuthorIds: [coAuthor.id], seoTitle: "SEO", isVipOnly: true }),
    );
    expect(saved.version).toBe(2);
    const stored = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      include: { authors: { orderBy: { position: "asc" } }, tags: { include: { tag: true } }, revisions: true },
    });
    expect(stored).toMatchObject({ title: "New title", dek: "Dek", version: 2, seoTitle: "SEO", isVipOnly: true, body: paragraphDoc("Hello") });
    expect(stored.authors.map((a) => [a.userId, a.position, a.status])).toEqual([
      [article.authors[0]!.userId, 0, "DRAFT"],
      [coAuthor.id, 1, "DRAFT"],
    ]);
    expect(stored.tags).toHaveLength(1);
    expect(stored.tags[0]!.tag.name).toBe(tagName);
    expect(stored.revisions).toEqual([expect.objectContaining({ version: 2, title: "New title", source: "editor", savedById: editor.id })]);
  });

  it("refuses a stale base version, writes nothing and reports the server's version", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const article = await createArticle({ status: "DRAFT" });
    await saveArticleFor(actorFor(editor), saveInput(article, { title: "Theirs", body: paragraphDoc("Their words") }));
    const error = await rejection(saveArticleFor(actorFor(editor), saveInput(article, { title: "Mine", body: paragraphDoc("My words") })));
    expect(error).toBeInstanceOf(ArticleConflictError);
    expect(error).toMatchObject({ code: "CONFLICT", status: 409 });
    expect((error as ArticleConflictError).current).toMatchObject({ version: 2, title: "Theirs", body: paragraphDoc("Their words"), savedByName: editor.name });
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { revisions: true } });
    expect(stored).toMatchObject({ title: "Theirs", version: 2 });
    expect(stored.revisions).toHaveLength(1);
  });

  it("folds the autosaves of one editing session into one revision; an explicit save starts another", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const article = await createArticle({ status: "DRAFT" });
    const editSessionId = crypto.randomUUID();
    await saveArticleFor(actorFor(editor), saveInput(article, { baseVersion: 1, source: "autosave", editSessionId, body: paragraphDoc("One") }));
    await saveArticleFor(actorFor(editor), saveInput(article, { baseVersion: 2, source: "autosave", editSessionId, body: paragraphDoc("One two") }));
    let revisions = await listRevisionsFor(actorFor(editor), article.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: 3, source: "autosave", savedByName: editor.name });

    await saveArticleFor(actorFor(editor), saveInput(article, { baseVersion: 3, source: "editor", editSessionId, body: paragraphDoc("One two three") }));
    await saveArticleFor(actorFor(editor), saveInput(article, { baseVersion: 4, source: "autosave", editSessionId, body: paragraphDoc("Four") }));
    revisions = await listRevisionsFor(actorFor(editor), article.id);
    expect(revisions.map((r) => [r.version, r.source])).toEqual([
      [5, "autosave"],
      [4, "editor"],
      [3, "autosave"],
    ]);
  });

  it.each([
    ["an unknown node", { type: "doc", content: [{ type: "codeBlock", content: [{ type: "text", text: "x" }] }] }, /body\.content\.0/],
    [
      "a javascript: link",
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] },
      /body\.content\.0\.content\.0\.marks\.0\.attrs\.href/,
    ],
    ["a data: image", { type: "doc", content: [{ type: "image", attrs: { src: "data:image/png;base64,AAAA", alt: "x" } }] }, /body\.content\.0\.attrs\.src/],
    ["an image without alt text", { type: "doc", content: [{ type: "image", attrs: { src: "https://img.test/a.jpg", alt: "" } }] }, /Describe the image.*body\.content\.0\.attrs\.alt/],
  ])("refuses a body with %s, naming where, and writes nothing", async (_label, body, message) => {
    const editor = await createUser({ role: "EDITOR" });
    const article = await createArticle({ status: "DRAFT" });
    const error = await rejection(saveArticleFor(actorFor(editor), saveInput(article, { body: body as TInput["body"] })));
    expect(error).toMatchObject({ code: "BAD_INPUT" });
    expect(error.publicMessage).toMatch(message);
    expect(Object.keys(error.fieldErrors).some((field) => field.startsWith("body."))).toBe(true);
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { revisions: true } });
    expect(stored.version).toBe(1);
    expect(stored.revisions).toHaveLength(0);
  });

  it("lets an author edit their own draft but not someone else's, nor their own once published", async () => {
    const author = await createUser({ role: "AUTHOR" });
    const own = await createArticle({ status: "DRAFT", authorIds: [author.id] });
    const others = await createArticle({ status: "DRAFT" });
    const ownPublished = await createArticle({ status: "PUBLISHED", authorIds: [author.id] });
    await expect(saveArticleFor(actorFor(author), saveInput(own))).resolves.toMatchObject({ version: 2 });
    expect(await rejection(saveArticleFor(actorFor(author), saveInput(others)))).toMatchObject({ code: "FORBIDDEN" });
    expect(await rejection(saveArticleFor(actorFor(author), saveInput(ownPublished)))).toMatchObject({ code: "FORBIDDEN" });
    expect((await db.article.findUniqueOrThrow({ where: { id: others.id } })).version).toBe(1);
  });

  it("redirects the old slug when a published article is renamed, and frees a slug that is reused", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const article = await createArticle({ status: "PUBLISHED" });
    const newSlug = `renamed-${uniqueSuffix()}`;
    await saveArticleFor(actorFor(editor), saveInput(article, { slug: newSlug }));
    expect(await db.articleSlugRedirect.findUnique({ where: { oldSlug: article.slug } })).toMatchObject({ articleId: article.id });
    const links = await db.articleAuthor.findMany({ where: { articleId: article.id } });
    expect(links.every((link) => link.status === "PUBLISHED" && link.publishedAt?.getTime() === article.publishedAt?.getTime())).toBe(true);

    // Renaming back: the redirect from the old slug would shadow the article, so it goes.
    await saveArticleFor(actorFor(editor), saveInput({ id: article.id, slug: article.slug }, { baseVersion: 2 }));
    expect(await db.articleSlugRedirect.findUnique({ where: { oldSlug: article.slug } })).toBeNull();
    expect(await db.articleSlugRedirect.findUnique({ where: { oldSlug: newSlug } })).toMatchObject({ articleId: article.id });
  });

  it("does not redirect when a draft is renamed, and refuses a slug another article uses", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const article = await createArticle({ status: "DRAFT" });
    const other = await createArticle({ status: "DRAFT" });
    await saveArticleFor(actorFor(editor), saveInput(article, { slug: `draft-${uniqueSuffix()}` }));
    expect(await db.articleSlugRedirect.findUnique({ where: { oldSlug: article.slug } })).toBeNull();
    const error = await rejection(saveArticleFor(actorFor(editor), saveInput(article, { baseVersion: 2, slug: other.slug })));
    expect(error).toMatchObject({ code: "BAD_INPUT", fieldErrors: { slug: expect.any(String) } });
  });
});

describe("restoring a revision", () => {
  it("brings back the revision's words as a new version with source restore", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const article = await createArticle({ status: "DRAFT" });
    await saveArticleFor(actorFor(editor), saveInput(article, { title: "First", body: paragraphDoc("First words") }));
    await saveArticleFor(actorFor(editor), saveInput(article, { baseVersion: 2, title: "Second", body: paragraphDoc("Second words") }));
    const [, firstRevision] = await listRevisionsFor(actorFor(editor), article.id);
    const restored = await restoreRevisionFor(actorFor(editor), { articleId: article.id, revisionId: firstRevision!.id, baseVersion: 3 });
    expect(restored.version).toBe(4);
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ title: "First", body: paragraphDoc("First words") });
    expect((await listRevisionsFor(actorFor(editor), article.id))[0]).toMatchObject({ version: 4, source: "restore" });
  });
});
