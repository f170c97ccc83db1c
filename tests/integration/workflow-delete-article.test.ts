// Deleting an article: admins only, one transaction with its audit event, everything attached goes.
import { describe, expect, it } from "vitest";
import { deleteArticleFor } from "@/lib/articles/workflow/delete-article";
import { db } from "@/lib/db/client";
import { createArticle, createComment, createUser, actorFor } from "../factories";
import { rejection } from "./rejection";

describe("deleting an article", () => {
  it("deletes it with its comments, revisions, jobs and redirects, and records who deleted what", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const article = await createArticle({ status: "PUBLISHED" });
    await createComment({ articleId: article.id });
    await db.articleRevision.create({ data: { articleId: article.id, version: 1, title: article.title, dek: "", body: article.body ?? {}, source: "editor" } });
    await db.articleSlugRedirect.create({ data: { oldSlug: `old-${article.slug}`, articleId: article.id } });
    await db.scheduledJob.create({ data: { kind: "article.unpublish", articleId: article.id, runAt: new Date(Date.now() + 60_000) } });

    await expect(deleteArticleFor(actorFor(admin), { articleId: article.id, version: "1" })).resolves.toEqual({
      id: article.id,
      title: article.title,
      slug: article.slug,
    });
    expect(await db.article.findUnique({ where: { id: article.id } })).toBeNull();
    for (const count of [
      db.comment.count({ where: { articleId: article.id } }),
      db.articleRevision.count({ where: { articleId: article.id } }),
      db.articleSlugRedirect.count({ where: { articleId: article.id } }),
      db.scheduledJob.count({ where: { articleId: article.id } }),
      db.articleAuthor.count({ where: { articleId: article.id } }),
    ]) {
      expect(await count).toBe(0);
    }
    const events = await db.auditEvent.findMany({ where: { targetType: "Article", targetId: article.id } });
    expect(events).toEqual([
      expect.objectContaining({
        action: "article.deleted",
        actorId: admin.id,
        detail: { title: article.title, slug: article.slug, status: "PUBLISHED" },
      }),
    ]);
  });

  it("is refused to editors and authors, and to a page that showed an older version; nothing is deleted", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const author = await createUser({ role: "AUTHOR" });
    const article = await createArticle({ status: "DRAFT", authorIds: [author.id] });
    for (const person of [editor, author]) {
      expect(await rejection(deleteArticleFor(actorFor(person), { articleId: article.id, version: 1 }))).toMatchObject({ code: "FORBIDDEN", status: 403 });
    }
    const admin = await createUser({ role: "ADMIN" });
    await db.article.update({ where: { id: article.id }, data: { version: 2 } });
    expect(await rejection(deleteArticleFor(actorFor(admin), { articleId: article.id, version: 1 }))).toMatchObject({ code: "CONFLICT" });
    expect(await db.article.findUnique({ where: { id: article.id } })).not.toBeNull();
    expect(await db.auditEvent.count({ where: { targetType: "Article", targetId: article.id } })).toBe(0);

    expect(await rejection(deleteArticleFor(actorFor(admin), { articleId: "no-such-article", version: 1 }))).toMatchObject({ code: "NOT_FOUND" });
  });
});
