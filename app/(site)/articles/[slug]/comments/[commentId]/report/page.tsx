import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentBody } from "@/components/comments/comment-body";
import { ReportCommentForm } from "@/components/comments/report-comment-form";
import { requirePageUser } from "@/lib/auth/guards";
import { commentPermalink } from "@/lib/comments/comment-paths";
import { ZCommentId } from "@/lib/comments/comment-schemas";
import { getReportableComment } from "@/lib/comments/get-reportable-comment";
import { REPORT_NOTE_MAX_LENGTH, REPORT_REASONS } from "@/lib/comments/report-comment";
import { reportCommentAction } from "../../../comment-actions";

export const metadata: Metadata = { title: "Report a comment", robots: { index: false, follow: false } };

type TReportCommentPageProps = { params: Promise<{ slug: string; commentId: string }> };

/** Members report a comment to the moderators with a reason. */
export default async function ReportCommentPage({ params }: TReportCommentPageProps) {
  const { slug, commentId: rawCommentId } = await params;
  const commentId = ZCommentId.safeParse(rawCommentId);
  if (!commentId.success) notFound();
  const viewer = await requirePageUser(`/articles/${encodeURIComponent(slug)}/comments/${encodeURIComponent(commentId.data)}/report`);
  const comment = await getReportableComment(commentId.data);
  if (!comment || comment.articleSlug !== slug) notFound();
  const backHref = `${commentPermalink(comment.articleSlug, comment.id)}#comment-${comment.id}`;
  return (
    <div className="page page--narrow">
      <h1 className="page-title">Report a comment</h1>
      <p>
        On “<Link href={`/articles/${encodeURIComponent(comment.articleSlug)}`}>{comment.articleTitle}</Link>”, {comment.authorName} wrote:
      </p>
      <blockquote className="comment-quote">
        <CommentBody text={comment.body} />
      </blockquote>
      {viewer.id === comment.authorId ? (
        <p>This is your own comment: you cannot report it, but you can delete it.</p>
      ) : (
        <ReportCommentForm action={reportCommentAction} commentId={comment.id} reasons={REPORT_REASONS} noteMaxLength={REPORT_NOTE_MAX_LENGTH} />
      )}
      <p>
        <Link href={backHref}>Back to the conversation</Link>
      </p>
    </div>
  );
}
