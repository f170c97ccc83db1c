// The import path: documents validated with the editor's schemas, created as drafts or matched
// by slug and updated only from the version they replace, each with a revision; a re-run
// changes nothing. The script is run as a person would run it.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { importArticleFor, importArticlesFor, type TImportedArticle } from "@/lib/articles/write/import-articles";
import { db } from "@/lib/db/client";
import { SITE_SETTINGS_ID } from "@/lib/settings/site-settings";
import { createArticle, createUser, uniqueSuffix, actorFor } from "../factories";

function doc(slug: string, text: string, extra: Partial<TImportedArticle> = {}): TImportedArticle {
  return {
    slug,
    title: `Wire story ${slug}`,
    dek: "From the wire",
    // Keys in another order than the database keeps them: a re-run must still see "the same".
    body: { content: [{ content: [{ text, type: "text" }], type: "paragraph" }], type: "doc" },
    tags: ["Wire", "World News"],
    ...extra,
  };
}

async function revisionsOf(articleId: string) {
  return db.articleRevision.findMany({ where: { articleId }, orderBy: { version: "asc" }, select: { version: true, source: true, savedById: true } });
}

let restorePolicy: "OPEN" | "VIP" | "CLOSED" | null = null;
afterEach(async () => {
  if (restorePolicy) await db.siteSettings.update({ where: { id: SITE_SETTINGS_ID }, data: { defaultCommentPolicy: restorePolicy } });
  restorePolicy = null;
});

describe("importing articles", () => {
  it("creates drafts with an import revision, and a second run of the same documents changes nothing", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const suffix = uniqueSuffix();
    const documents = [doc(`council-${suffix}`, "The council met."), doc(`harbour-${suffix}`, "Boats came in.", { seoTitle: "Harbour" })];

    const first = await importArticlesFor(actorFor(editor), documents, "import");
    expect(first.map((report) => (report.ok ? report.outcome.status : report.message))).toEqual(["created", "created"]);
    const article = await db.article.findUniqueOrThrow({ where: { slug: `council-${suffix}` }, include: { authors: true, tags: { include: { tag: true } } } });
    expect(article).toMatchObject({ status: "DRAFT", version: 1, title: `Wire story council-${suffix}`, dek: "From the wire" });
    expect(article.authors).toEqual([expect.objectContaining({ userId: editor.id, position: 0, status: "DRAFT" })]);
    expect(article.tags.map((link) => link.tag.slug).sort()).toEqual(["wire", "world-news"]);
    expect(await revisionsOf(article.id)).toEqual([{ version: 1, source: "import", savedById: editor.id }]);

    const second = await importArticlesFor(actorFor(editor), documents, "import");
    expect(second.map((report) => (report.ok ? report.outcome : report.message))).toEqual([
      { status: "unchanged", articleId: article.id, slug: `council-${suffix}`, version: 1 },
      expect.objectContaining({ status: "unchanged", version: 1 }),
    ]);
    expect(await revisionsOf(article.id)).toHaveLength(1);
  });

  it("starts new articles with the site's default comment policy", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const settings = await db.siteSettings.upsert({ where: { id: SITE_SETTINGS_ID }, create: { id: SITE_SETTINGS_ID }, update: {} });
    restorePolicy = settings.defaultCommentPolicy;
    await db.siteSettings.update({ where: { id: SITE_SETTINGS_ID }, data: { defaultCommentPolicy: "VIP" } });
    const result = await importArticleFor(actorFor(editor), doc(`members-${uniqueSuffix()}`, "For members."), "import");
    expect((await db.article.findUniqueOrThrow({ where: { id: result.articleId } })).commentPolicy).toBe("VIP");
  });

  it("updates an existing article only from the version it replaces, keeping a revision and the byline", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const author = await createUser({ role: "AUTHOR" });
    const coAuthor = await createUser({ role: "AUTHOR" });
    const existing = await createArticle({ status: "PUBLISHED", authorIds: [author.id, coAuthor.id] });

    const [withoutVersion, staleVersion] = await importArticlesFor(
      actorFor(editor),
      [doc(existing.slug, "Rewritten."), doc(existing.slug, "Rewritten.", { version: 7 })],
      "import",
    );
    expect(withoutVersion).toMatchObject({ ok: false, message: expect.stringContaining(`add "version": 1 to the document`) });
    expect(staleVersion).toMatchObject({ ok: false, message: expect.stringContaining("it is at version 1 now") });
    expect(await db.article.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ version: 1, title: existing.title });

    const updated = await importArticleFor(actorFor(editor), doc(existing.slug, "Rewritten.", { version: 1 }), "api");
    expect(updated).toMatchObject({ status: "updated", articleId: existing.id, version: 2 });
    // A published article changed: the caller expires its reader pages with this scope.
    expect(updated.cacheScope?.slugs).toEqual([existing.slug]);
    const after = await db.article.findUniqueOrThrow({ where: { id: existing.id }, include: { authors: { orderBy: { position: "asc" } } } });
    expect(after).toMatchObject({ status: "PUBLISHED", version: 2, title: `Wire story ${existing.slug}` });
    expect(JSON.stringify(after.body)).toContain("Rewritten.");
    expect(after.authors.map((row) => row.userId)).toEqual([author.id, coAuthor.id]);
    expect(await revisionsOf(existing.id)).toEqual([{ version: 2, source: "api", savedById: editor.id }]);
    // Editing a live story is audited, in the same transaction.
    expect(await db.auditEvent.count({ where: { targetId: existing.id, action: "article.edited", actorId: editor.id } })).toBe(1);

    // The same document again (its version now stale) is recognised as already applied.
    expect(await importArticleFor(actorFor(editor), doc(existing.slug, "Rewritten.", { version: 1 }), "import")).toMatchObject({ status: "unchanged", version: 2 });
  });

  it("reports each invalid document, naming where the problem is, and imports the rest", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const suffix = uniqueSuffix();
    const imageWithoutAlt = { type: "doc", content: [{ type: "image", attrs: { src: "https://example.com/a.jpg", alt: "" } }] };
    const reports = await importArticlesFor(
      actorFor(editor),
      [
        doc(`ok-${suffix}`, "Fine."),
        { ...doc(`bad-body-${suffix}`, "x"), body: imageWithoutAlt },
        { ...doc(`Bad Slug ${suffix}`, "x") },
        { ...doc(`typo-${suffix}`, "x"), titel: "Typo" },
        { ...doc(`link-${suffix}`, "x"), body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] } },
      ],
      "import",
    );
    expect(reports.map((report) => report.ok)).toEqual([true, false, false, false, false]);
    const messages = reports.flatMap((report) => (report.ok ? [] : [report.message]));
    expect(messages[0]).toMatch(/at body\.content\.0\.attrs\.alt/);
    expect(messages[1]).toMatch(/Slugs use lowercase letters.*\(at slug\)/);
    expect(messages[2]).toMatch(/titel/);
    expect(messages[3]).toMatch(/at body\.content\.0\.content\.0\.marks\.0\.attrs\.href/);
    expect(await db.article.count({ where: { slug: { in: [`bad-body-${suffix}`, `typo-${suffix}`, `link-${suffix}`] } } })).toBe(0);
  });

  it("refuses members, and authors updating someone else's article", async () => {
    const member = await createUser();
    await expect(importArticleFor(actorFor(member), doc(`m-${uniqueSuffix()}`, "x"), "api")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const author = await createUser({ role: "AUTHOR" });
    const someoneElses = await createArticle({ status: "DRAFT" });
    await expect(importArticleFor(actorFor(author), doc(someoneElses.slug, "Mine now.", { version: 1 }), "api")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.article.findUniqueOrThrow({ where: { id: someoneElses.id } })).version).toBe(1);
  });
});

describe("npm run import", () => {
  it("imports a file as the named account, prints what it did, and fails for an unknown account", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const suffix = uniqueSuffix();
    const folder = mkdtempSync(join(tmpdir(), "masthead-import-"));
    const file = join(folder, "articles.json");
    writeFileSync(file, JSON.stringify({ articles: [doc(`script-${suffix}`, "From a file."), { slug: `broken-${suffix}` }] }));
    const run = (args: string[]) =>
      promisify(execFile)("npx", ["tsx", "--tsconfig", "scripts/tsconfig.import.json", "scripts/import-articles.ts", ...args], {
        env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
      }).then(
        (result) => ({ code: 0, ...result }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
      );

    const first = await run([file, "--as", editor.email]);
    expect(first.stdout).toContain(`created    script-${suffix} (version 1)`);
    expect(first.stdout).toMatch(new RegExp(`failed     broken-${suffix}: This article cannot be imported: .*\\(at title\\)`));
    expect(first.stdout).toContain("1 imported or already up to date, 1 failed.");
    expect(first.code).toBe(1);
    const article = await db.article.findUniqueOrThrow({ where: { slug: `script-${suffix}` } });
    expect(await revisionsOf(article.id)).toEqual([{ version: 1, source: "import", savedById: editor.id }]);

    const again = await run([file, "--as", editor.email]);
    expect(again.stdout).toContain(`unchanged  script-${suffix} (version 1)`);

    const stranger = await run([file, "--as", `nobody-${suffix}@example.com`]);
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toContain(`No active account has the email nobody-${suffix}@example.com.`);
  }, 120_000);
});
