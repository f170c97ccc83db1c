// Every webhook event from the code path that really makes the change: the publishing workflow
// (now, by schedule, by the job runner), edits of a published story, unpublishing, archiving and
// deleting; comments posted, held, approved, rejected, hidden, deleted by their author, sent back
// to the queue by an edit, moved by a ban and its lifting, and moderation undone. Each check reads
// the deliveries queued for a hook subscribed to everything; sending them is
// webhooks-delivery.test.ts's subject, so each delivery's job is cancelled as soon as it is read:
// left due, a few dozen of them would fill other files' job-runner ticks (20 jobs, oldest first)
// and crowd out the jobs those files wait for.
import { afterEach, describe, expect, it } from "vitest";
import { archiveArticleFor } from "@/lib/articles/workflow/archive-article";
import { deleteArticleFor } from "@/lib/articles/workflow/delete-article";
import { publishNowFor } from "@/lib/articles/workflow/publish-article";
import { schedulePublishFor } from "@/lib/articles/workflow/schedule-publish";
import { scheduleUnpublishFor } from "@/lib/articles/workflow/schedule-unpublish";
import { unpublishArticleFor } from "@/lib/articles/workflow/unpublish-article";
import { saveArticleFor } from "@/lib/articles/write/save-article";
import { deleteOwnCommentFor } from "@/lib/comments/delete-own-comment";
import { editCommentFor } from "@/lib/comments/edit-comment";
import { postCommentFor } from "@/lib/comments/post-comment";
import { db } from "@/lib/db/client";
import type { User } from "@/lib/generated/prisma/client";
import { runClaimedJob } from "@/lib/jobs/run-claimed-job";
import { banUserFor } from "@/lib/members/ban-user";
import { unbanUserFor } from "@/lib/members/unban-user";
import { approveCommentFor } from "@/lib/moderation/approve-comment";
import { hideCommentFor } from "@/lib/moderation/hide-comment";
import { rejectCommentFor } from "@/lib/moderation/reject-comment";
import { undoModerationFor } from "@/lib/moderation/undo-moderation";
import { createWebhookFor } from "@/lib/webhooks/manage-webhooks";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/webhook-events";
import { actorFor, createArticle, createComment, createEstablishedMember, createUser, uniqueSuffix } from "../factories";
import { address, clientToken } from "./comment-test-helpers";

type TSeen = { event: string; id: string; status: string };

const hooks: string[] = [];
afterEach(async () => {
  // Other files publish and moderate too: leave no hook behind to queue their changes.
  for (const id of hooks.splice(0)) {
    const deliveries = await db.webhookDelivery.findMany({ where: { webhookId: id }, select: { jobId: true } });
    await db.scheduledJob.updateMany({ where: { id: { in: deliveries.map((delivery) => delivery.jobId) }, status: "PENDING" }, data: { status: "CANCELLED", finishedAt: new Date() } });
    await db.webhook.deleteMany({ where: { id } });
  }
});

/** A hook for every event, and a reader of the deliveries queued for it since the last read. */
async function watchAllEvents(admin: User) {
  // Port 9 (discard): nothing is meant to receive these.
  const hook = await createWebhookFor(actorFor(admin), { url: `http://127.0.0.1:9/${uniqueSuffix()}`, events: [...WEBHOOK_EVENTS] });
  hooks.push(hook.id);
  const seen = new Set<string>();
  return async function newEvents(): Promise<TSeen[]> {
    const deliveries = await db.webhookDelivery.findMany({ where: { webhookId: hook.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    const fresh = deliveries.filter((delivery) => !seen.has(delivery.id));
    for (const delivery of fresh) seen.add(delivery.id);
    await db.scheduledJob.updateMany({ where: { id: { in: fresh.map((delivery) => delivery.jobId) }, status: "PENDING" }, data: { status: "CANCELLED", finishedAt: new Date() } });
    return fresh
      .map((delivery) => {
        const data = (delivery.payload as { data: { article?: { id: string; status?: string }; comment?: { id: string; status: string } } }).data;
        const subject = data.comment ?? data.article!;
        expect((delivery.payload as { event: string }).event).toBe(delivery.event);
        return { event: delivery.event, id: subject.id, status: subject.status ?? "" };
      })
      .sort((a, b) => `${a.event}${a.id}`.localeCompare(`${b.event}${b.id}`));
  };
}

async function version(articleId: string): Promise<number> {
  return (await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } })).version;
}

async function save(editor: User, articleId: string, title: string) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  await saveArticleFor(actorFor(editor), {
    articleId, baseVersion: article.version, title, slug: article.slug, dek: "", tagNames: [], coAuthorIds: [],
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: title }] }] },
    featuredImageUrl: "", featuredImageAlt: "", seoTitle: "", seoDescription: "", commentPolicy: "OPEN", isVipOnly: false, source: "editor",
  });
}

/** Runs an article's pending job as the runner would, at `now` (after its time). */
async function runArticleJob(articleId: string, now: Date) {
  const job = await db.scheduledJob.findFirstOrThrow({ where: { articleId, status: "PENDING" } });
  const { count } = await db.scheduledJob.updateMany({ where: { id: job.id, status: "PENDING" }, data: { status: "RUNNING", attempts: { increment: 1 }, lockedUntil: new Date(now.getTime() + 60_000) } });
  expect(count).toBe(1);
  await runClaimedJob({ id: job.id, kind: job.kind, articleId, attempts: job.attempts + 1, runAt: job.runAt }, now);
}

describe("webhook events", () => {
  it("announces a story's publication, edits, unpublication and deletion, and nothing for a draft", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const editor = await createUser({ role: "EDITOR" });
    const newEvents = await watchAllEvents(admin);
    const story = await createArticle({ status: "DRAFT", authorIds: [editor.id] });

    await save(editor, story.id, "Still a draft");
    expect(await newEvents()).toEqual([]);

    await publishNowFor(actorFor(editor), { articleId: story.id, version: await version(story.id) });
    expect(await newEvents()).toEqual([{ event: "article.published", id: story.id, status: "PUBLISHED" }]);

    await save(editor, story.id, "A corrected headline");
    const updated = await db.webhookDelivery.findFirstOrThrow({ where: { event: "article.updated", payload: { path: ["data", "article", "id"], equals: story.id } } });
    expect(updated.payload).toMatchObject({ data: { article: { title: "A corrected headline", status: "PUBLISHED" } } });
    expect(await newEvents()).toEqual([{ event: "article.updated", id: story.id, status: "PUBLISHED" }]);

    await unpublishArticleFor(actorFor(editor), { articleId: story.id, version: await version(story.id) });
    expect(await newEvents()).toEqual([{ event: "article.unpublished", id: story.id, status: "DRAFT" }]);
    // Edited while unpublished: not announced.
    await save(editor, story.id, "Rewritten off the site");
    expect(await newEvents()).toEqual([]);

    await publishNowFor(actorFor(editor), { articleId: story.id, version: await version(story.id) });
    await deleteArticleFor(actorFor(admin), { articleId: story.id, version: await version(story.id) });
    expect(await newEvents()).toEqual([
      { event: "article.deleted", id: story.id, status: "" },
      { event: "article.published", id: story.id, status: "PUBLISHED" },
    ]);

    // A draft deleted was never announced, so its deletion is not either.
    const draft = await createArticle({ status: "DRAFT", authorIds: [editor.id] });
    await deleteArticleFor(actorFor(admin), { articleId: draft.id, version: 1 });
    expect(await newEvents()).toEqual([]);
  });

  it("announces publication and unpublication by schedule, through the job runner, and archiving", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const editor = await createUser({ role: "EDITOR" });
    const newEvents = await watchAllEvents(admin);
    const story = await createArticle({ status: "DRAFT", authorIds: [editor.id] });
    const runAt = new Date(Date.now() + 60 * 60_000);

    await schedulePublishFor(actorFor(editor), { articleId: story.id, version: 1, runAt: runAt.toISOString() });
    expect(await newEvents()).toEqual([]);
    await runArticleJob(story.id, new Date(runAt.getTime() + 1000));
    expect(await newEvents()).toEqual([{ event: "article.published", id: story.id, status: "PUBLISHED" }]);

    await scheduleUnpublishFor(actorFor(editor), { articleId: story.id, version: await version(story.id), runAt: runAt.toISOString() });
    expect(await newEvents()).toEqual([]);
    await runArticleJob(story.id, new Date(runAt.getTime() + 2000));
    expect(await newEvents()).toEqual([{ event: "article.unpublished", id: story.id, status: "DRAFT" }]);

    const archived = await createArticle({ authorIds: [editor.id] });
    await archiveArticleFor(actorFor(editor), { articleId: archived.id, version: 1 });
    expect(await newEvents()).toEqual([{ event: "article.unpublished", id: archived.id, status: "ARCHIVED" }]);
  });

  it("announces comments posted, held, approved, rejected and hidden, and moderation undone", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const editor = await createUser({ role: "EDITOR" });
    const newEvents = await watchAllEvents(admin);
    const article = await createArticle();

    const regular = await postCommentFor(actorFor(await createEstablishedMember()), { articleId: article.id, body: "Well reported.", clientToken: clientToken() }, { address: address() });
    expect(await newEvents()).toEqual([{ event: "comment.published", id: regular.id, status: "PUBLISHED" }]);
    // A new member's first comment waits for a moderator.
    const first = await postCommentFor(actorFor(await createUser()), { articleId: article.id, body: "My first words here.", clientToken: clientToken() }, { address: address() });
    expect(first.outcome).toBe("held");
    expect(await newEvents()).toEqual([{ event: "comment.held", id: first.id, status: "PENDING" }]);

    const rejected = await rejectCommentFor(actorFor(editor), { commentId: regular.id, seenStatus: "PUBLISHED" });
    expect(await newEvents()).toEqual([{ event: "comment.hidden", id: regular.id, status: "REJECTED" }]);
    await undoModerationFor(actorFor(editor), rejected.undo);
    expect(await newEvents()).toEqual([{ event: "comment.published", id: regular.id, status: "PUBLISHED" }]);

    const approved = await approveCommentFor(actorFor(editor), { commentId: first.id, seenStatus: "PENDING" });
    expect(await newEvents()).toEqual([{ event: "comment.published", id: first.id, status: "PUBLISHED" }]);
    await undoModerationFor(actorFor(editor), approved.undo);
    expect(await newEvents()).toEqual([{ event: "comment.held", id: first.id, status: "PENDING" }]);

    await hideCommentFor(actorFor(editor), { commentId: first.id, seenStatus: "PENDING" });
    expect(await newEvents()).toEqual([{ event: "comment.hidden", id: first.id, status: "HIDDEN" }]);
  });

  it("announces a comment its author deletes or edits back into the queue", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const newEvents = await watchAllEvents(admin);
    const article = await createArticle();
    const member = await createEstablishedMember();
    const post = (body: string) => postCommentFor(actorFor(member), { articleId: article.id, body, clientToken: clientToken() }, { address: address() });
    const kept = await post("A first version.");
    const removed = await post("Said in haste.");
    await newEvents();

    await deleteOwnCommentFor(actorFor(member), { commentId: removed.id });
    expect(await newEvents()).toEqual([{ event: "comment.hidden", id: removed.id, status: "DELETED" }]);

    // More links than the site allows (2 by default): the edited comment waits for a moderator.
    const links = [1, 2, 3, 4].map((n) => `https://example.org/source-${n}`).join(" ");
    const edited = await editCommentFor(actorFor(member), { commentId: kept.id, body: `Sources: ${links}` });
    expect(edited.outcome).toBe("held");
    expect(await newEvents()).toEqual([{ event: "comment.held", id: kept.id, status: "PENDING" }]);
  });

  it("announces the comments a ban hides and its lifting brings back", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const newEvents = await watchAllEvents(admin);
    const article = await createArticle();
    const member = await createUser();
    const comments = [await createComment({ articleId: article.id, authorId: member.id }), await createComment({ articleId: article.id, authorId: member.id })];
    await createComment({ articleId: article.id, authorId: member.id, status: "PENDING" });
    const expected = (event: string, status: string) => comments.map(({ id }) => ({ event, id, status })).sort((a, b) => a.id.localeCompare(b.id));

    await banUserFor(actorFor(admin), { userId: member.id, reason: "Repeated personal attacks.", hidePastComments: true });
    expect(await newEvents()).toEqual(expected("comment.hidden", "HIDDEN"));
    await unbanUserFor(actorFor(admin), { userId: member.id, restoreHiddenComments: true });
    expect(await newEvents()).toEqual(expected("comment.published", "PUBLISHED"));
  });
});
