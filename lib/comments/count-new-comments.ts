import "server-only";
import { sqlRows } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { logError } from "@/lib/log";
import { expireReaderCaches } from "@/lib/members/expire-reader-caches";
import { commentCacheTags, takeInPendingComments } from "./article-comment-count";

// After a post commits, its article's count takes the new comment in (./article-comment-count.ts).
// Each process runs at most one such step at a time per article; posts that commit while one
// runs share the next, so a busy thread costs one short transaction per batch, not per comment.
// A step that fails, or that a crash undoes, leaves its rows pending: the next step, or the job
// runner's sweep, counts them.

type TSteps = { current: Promise<void>; next: Promise<void> | null };
const steps = new Map<string, TSteps>();

/** Resolves once a step that started after the caller's commit has counted it. Never rejects. */
export function countNewComments(articleId: string): Promise<void> {
  const state = steps.get(articleId);
  // The step under way may have read before the caller's comment committed: wait for the next.
  if (state) return (state.next ??= state.current.then(() => runStep(articleId, state)));
  const started: TSteps = { current: Promise.resolve(), next: null };
  steps.set(articleId, started);
  return runStep(articleId, started);
}

/**
 * Counts comments left pending by a step that failed or a crash, for every article, and expires
 * their pages (the job runner's every tick: usually one empty index read).
 */
export async function countLeftoverComments(): Promise<void> {
  const articles = await sqlRows<{ id: string; slug: string }>(Prisma.sql`
    SELECT a."id", a."slug" FROM "Article" a WHERE a."id" IN (SELECT DISTINCT "articleId" FROM "CommentCountPending")`);
  for (const article of articles) {
    await countNewComments(article.id);
    await expireReaderCaches(commentCacheTags(article));
  }
}

function runStep(articleId: string, state: TSteps): Promise<void> {
  const step = countStep(articleId);
  state.current = step;
  state.next = null;
  void step.then(() => {
    if (state.next === null && steps.get(articleId) === state) steps.delete(articleId);
  });
  return step;
}

async function countStep(articleId: string): Promise<void> {
  try {
    await takeInPendingComments(articleId);
  } catch (error) {
    // The rows stay pending; the article's next post or moderation counts them.
    logError("counting an article's new comments failed", error, { articleId });
  }
}
