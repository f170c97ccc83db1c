// Editing a published story leaves an audit event, once per editing session, in the save's own
// transaction; drafts are edited without filling the log.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { TSaveArticleInput } from "@/lib/articles/write/article-write-schemas";
import { restoreRevisionFor } from "@/lib/articles/write/restore-revision";
import { saveArticleFor } from "@/lib/articles/write/save-article";
import { db } from "@/lib/db/client";
import { createArticle, createUser, actorFor } from "../factories";

function saveInput(article: { id: string; slug: string }, baseVersion: number, text: string, extra: Partial<TSaveArticleInput> = {}): TSaveArticleInput {
  return {
    articleId: article.id,
    baseVersion,
    title: "A published story",
    slug: article.slug,
    dek: "",
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
    tagNames: [],
    coAuthorIds: [],
    featuredImageUrl: "",
    featuredImageAlt: "",
    seoTitle: "",
    seoDescription: "",
    commentPolicy: "OPEN",
    isVipOnly: false,
    source: "autosave",
    ...extra,
  };
}

function editEvents(articleId: string) {
  return db.auditEvent.findMany({ where: { targetType: "Article", targetId: articleId, action: "article.edited" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

describe("audit of edits to published articles", () => {
  it("records one event per editing session, however many autosaves and saves it makes", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const article = await createArticle({ status: "PUBLISHED" });
    const session = randomUUID();
    let version = 1;
    for (const [text, source] of [["One", "autosave"], ["Two", "autosave"], ["Three", "editor"], ["Four", "autosave"]] as const) {
      version = (await saveArticleFor(actorFor(editor), saveInput(article, version, text, { editSessionId: session, source }))).version;
    }
    const first = await editEvents(article.id);
    expect(first).toEqual([
      expect.objectContaining({
        actorId: editor.id,
        detail: { title: "A published story", slug: article.slug, version: 2, source: "autosave", editSessionId: session },
      }),
    ]);

    // Another page load is another session; a restore has no session and is an event of its own.
    version = (await saveArticleFor(actorFor(editor), saveInput(article, version, "Five", { editSessionId: randomUUID() }))).version;
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id, source: "editor" } });
    await restoreRevisionFor(actorFor(editor), { articleId: article.id, revisionId: revision.id, baseVersion: version });
    const events = await editEvents(article.id);
    expect(events.map((event) => (event.detail as { source: string }).source)).toEqual(["autosave", "autosave", "restore"]);
  });

  it("records nothing for drafts, and nothing when the save itself is refused", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const draft = await createArticle({ status: "DRAFT" });
    await saveArticleFor(actorFor(editor), saveInput(draft, 1, "Draft words", { editSessionId: randomUUID() }));
    expect(await editEvents(draft.id)).toEqual([]);

    const published = await createArticle({ status: "PUBLISHED" });
    // A stale version is a conflict: no article change, so no audit row either.
    await expect(saveArticleFor(actorFor(editor), saveInput(published, 7, "Stale", { editSessionId: randomUUID() }))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await editEvents(published.id)).toEqual([]);
  });
});
