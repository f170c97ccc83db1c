import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { roleCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ArticleStatus, JobStatus } from "@/lib/generated/prisma/client";

export type TWorkflowJob = { id: string; kind: string; runAt: string; status: JobStatus; attempts: number; lastError: string | null };

export type TArticleForWorkflow = {
  id: string;
  title: string;
  slug: string;
  status: ArticleStatus;
  version: number;
  /** ISO 8601. */
  publishedAt: string | null;
  updatedAt: string;
  authors: { id: string; name: string }[];
  tags: string[];
  pendingJobs: TWorkflowJob[];
};

/**
 * The article as the overview page shows it, or null when it does not exist or the caller may
 * not see it (an author who is not on its byline: the same answer, so nothing leaks).
 */
export async function getArticleForWorkflow(articleId: string): Promise<TArticleForWorkflow | null> {
  return getArticleForWorkflowFor(await requirePermission("article:write-own"), articleId);
}

export async function getArticleForWorkflowFor(actor: TCurrentUser, articleId: string): Promise<TArticleForWorkflow | null> {
  assertPermission(actor, "article:write-own");
  if (articleId.length === 0 || articleId.length > 64) return null;
  const row = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      slug: true,
      status: true,
      version: true,
      publishedAt: true,
      updatedAt: true,
      authors: { orderBy: [{ position: "asc" }, { userId: "asc" }], select: { user: { select: { id: true, name: true } } } },
      tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { name: true } } } },
      jobs: {
        where: { status: { in: ["PENDING", "RUNNING"] } },
        orderBy: { runAt: "asc" },
        select: { id: true, kind: true, runAt: true, status: true, attempts: true, lastError: true },
      },
    },
  });
  if (!row) return null;
  if (!roleCan(actor.role, "article:edit-any") && !row.authors.some(({ user }) => user.id === actor.id)) return null;
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    status: row.status,
    version: row.version,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    authors: row.authors.map(({ user }) => user),
    tags: row.tags.map(({ tag }) => tag.name),
    pendingJobs: row.jobs.map((job) => ({ ...job, runAt: job.runAt.toISOString() })),
  };
}
