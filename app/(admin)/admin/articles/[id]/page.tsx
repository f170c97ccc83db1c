import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FormattedDateTime } from "@/components/admin/formatted-date-time";
import { ARTICLE_STATUS_LABELS } from "@/components/newsroom/article-status-labels";
import { DeleteArticleForm } from "@/components/newsroom/delete-article-form";
import { JobTable } from "@/components/newsroom/job-table";
import { ScheduleForm } from "@/components/newsroom/schedule-form";
import { WorkflowButtonForm } from "@/components/newsroom/workflow-button-form";
import { getArticleForWorkflow, type TArticleForWorkflow } from "@/lib/articles/workflow/get-article-for-workflow";
import { requirePagePermission } from "@/lib/auth/guards";
import { roleCan } from "@/lib/auth/permissions";
import { createPreviewToken, PREVIEW_LINK_DAYS } from "@/lib/preview/preview-token";
// The article's pending jobs are cancelled and rescheduled by the same actions as on /admin/jobs.
import { cancelJobAction, rescheduleJobAction } from "@/app/(admin)/admin/jobs/actions";
import {
  archiveArticleAction,
  deleteArticleAction,
  publishNowAction,
  scheduleUnpublishAction,
  schedulePublishAction,
  submitForReviewAction,
  unpublishArticleAction,
} from "./actions";

type TArticleOverviewProps = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Article" };

export default async function ArticleOverviewPage({ params }: TArticleOverviewProps) {
  const { id } = await params;
  const path = `/admin/articles/${encodeURIComponent(id)}`;
  const user = await requirePagePermission("admin:access", path);
  await requirePagePermission("article:write-own", path);
  const article = await getArticleForWorkflow(id);
  if (!article) notFound();
  const canPublish = roleCan(user.role, "article:publish");
  const canEditAny = roleCan(user.role, "article:edit-any");
  const canDelete = roleCan(user.role, "article:delete");
  const previewPath = `/preview/${encodeURIComponent(article.id)}`;
  const sharePath = `${previewPath}?token=${encodeURIComponent(createPreviewToken(article.id))}`;

  return (
    <div className="page page--narrow">
      <p className="meta">
        <Link href="/admin/articles">← All articles</Link>
      </p>
      <h1 className="page-title">{article.title}</h1>
      <ArticleFacts article={article} />
      <p className="newsroom-links">
        <Link href={`${path}/edit`} className="button">
          Edit
        </Link>{" "}
        <Link href={previewPath}>Preview</Link>
        {article.status === "PUBLISHED" ? (
          <>
            {" · "}
            <Link href={`/articles/${encodeURIComponent(article.slug)}`}>View on the site</Link>
          </>
        ) : null}
        {roleCan(user.role, "comment:moderate") ? (
          <>
            {" · "}
            <Link href={`/admin/comments?article=${encodeURIComponent(article.id)}`}>Comments (moderate, close or reopen)</Link>
          </>
        ) : null}
      </p>

      <section className="admin-panel" aria-labelledby="workflow-heading">
        <h2 id="workflow-heading">Workflow</h2>
        <WorkflowSteps article={article} canPublish={canPublish} canEditAny={canEditAny} />
      </section>

      {article.pendingJobs.length > 0 ? (
        <section className="admin-panel" aria-labelledby="jobs-heading">
          <h2 id="jobs-heading">Scheduled</h2>
          <JobTable
            jobs={article.pendingJobs}
            caption={`Scheduled jobs for ${article.title}`}
            empty="Nothing is scheduled."
            actions={canPublish ? { cancel: cancelJobAction, reschedule: rescheduleJobAction } : null}
          />
        </section>
      ) : null}

      {article.status !== "PUBLISHED" ? (
        <section className="admin-panel" aria-labelledby="share-heading">
          <h2 id="share-heading">Share a preview</h2>
          <p>
            Anyone with this link can read this version of the article for {PREVIEW_LINK_DAYS} days, without signing in:{" "}
            <Link href={sharePath}>share link</Link>
          </p>
        </section>
      ) : null}

      {canDelete ? (
        <section className="admin-panel" aria-labelledby="delete-heading">
          <h2 id="delete-heading">Delete</h2>
          <p>
            Deleting cannot be undone: the article, its revisions and its comments are removed, and its address stops working.
            {article.status === "PUBLISHED" ? " To take it off the site but keep it, unpublish or archive it instead." : ""}
          </p>
          <DeleteArticleForm action={deleteArticleAction} articleId={article.id} version={article.version} title={article.title} />
        </section>
      ) : null}
    </div>
  );
}

function ArticleFacts({ article }: { article: TArticleForWorkflow }) {
  return (
    <dl className="admin-facts">
      <dt>Status</dt>
      <dd data-testid="article-status">{ARTICLE_STATUS_LABELS[article.status]}</dd>
      <dt>Authors</dt>
      <dd>{article.authors.map((author) => author.name).join(", ") || "—"}</dd>
      {article.tags.length > 0 ? (
        <>
          <dt>Tags</dt>
          <dd>{article.tags.join(", ")}</dd>
        </>
      ) : null}
      <dt>{article.status === "SCHEDULED" ? "Goes out" : "Published"}</dt>
      <dd>{article.publishedAt ? <FormattedDateTime iso={article.publishedAt} /> : "—"}</dd>
      <dt>Last changed</dt>
      <dd>
        <FormattedDateTime iso={article.updatedAt} />
      </dd>
      <dt>Version</dt>
      <dd>{article.version}</dd>
    </dl>
  );
}

function WorkflowSteps({ article, canPublish, canEditAny }: { article: TArticleForWorkflow; canPublish: boolean; canEditAny: boolean }) {
  const fields = { articleId: article.id, version: String(article.version) };
  const isPublishable = article.status === "DRAFT" || article.status === "IN_REVIEW" || article.status === "SCHEDULED";
  const steps = [
    article.status === "DRAFT" ? (
      <WorkflowButtonForm key="submit" action={submitForReviewAction} fields={fields} label="Submit for review" successText="Submitted: the editors have been told." />
    ) : null,
    canPublish && isPublishable ? (
      <WorkflowButtonForm key="publish" action={publishNowAction} fields={fields} label="Publish now" successText="Published." />
    ) : null,
    canPublish && isPublishable ? (
      <ScheduleForm
        key="schedule"
        action={schedulePublishAction}
        fields={fields}
        label="Publish at"
        buttonText="Schedule"
        successText="Scheduled."
        initialIso={article.status === "SCHEDULED" ? article.publishedAt : null}
      />
    ) : null,
    canEditAny && article.status === "PUBLISHED" ? (
      <ScheduleForm
        key="schedule-unpublish"
        action={scheduleUnpublishAction}
        fields={fields}
        label="Unpublish at"
        buttonText="Schedule unpublish"
        successText="Unpublishing scheduled."
      />
    ) : null,
    canEditAny && (article.status === "PUBLISHED" || article.status === "SCHEDULED") ? (
      <WorkflowButtonForm key="unpublish" action={unpublishArticleAction} fields={fields} label="Unpublish" successText="Unpublished: back to draft." />
    ) : null,
    canEditAny && article.status !== "ARCHIVED" ? (
      <WorkflowButtonForm key="archive" action={archiveArticleAction} fields={fields} label="Archive" successText="Archived." isDanger />
    ) : null,
  ].filter(Boolean);
  if (steps.length === 0) {
    return <p>{article.status === "IN_REVIEW" ? "Waiting for an editor to review it." : "Nothing to do here at the moment."}</p>;
  }
  return <div className="newsroom-steps">{steps}</div>;
}
