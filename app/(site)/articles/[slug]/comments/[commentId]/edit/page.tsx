import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { EditCommentForm } from "@/components/comments/edit-comment-form";
import { requirePageUser } from "@/lib/auth/guards";
import { commentPermalink } from "@/lib/comments/comment-paths";
import { ZCommentId } from "@/lib/comments/comment-schemas";
import { getOwnCommentForEditFor } from "@/lib/comments/get-own-comment-for-edit";
import { isAppError } from "@/lib/errors";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { editCommentAction } from "../../../comment-actions";

export const metadata: Metadata = { title: "Edit your comment", robots: { index: false, follow: false } };

type TEditCommentPageProps = { params: Promise<{ slug: string; commentId: string }> };

/** Edit one's own comment within 15 minutes of posting it; anyone else's is a 403. */
export default async function EditCommentPage({ params }: TEditCommentPageProps) {
  const { slug, commentId: rawCommentId } = await params;
  const commentId = ZCommentId.safeParse(rawCommentId);
  if (!commentId.success) notFound();
  const actor = await requirePageUser(`/articles/${encodeURIComponent(slug)}/comments/${encodeURIComponent(commentId.data)}/edit`);
  const comment = await getOwnCommentForEditFor(actor, commentId.data).catch((error: unknown) => {
    if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (comment.articleSlug !== slug) notFound();
  const settings = await getSiteSettings();
  const backHref = `${commentPermalink(comment.articleSlug, comment.id)}#comment-${comment.id}`;
  return (
    <div className="page page--narrow">
      <h1 className="page-title">Edit your comment</h1>
      {comment.isEditable ? (
        <>
          <p>Comments can be changed for 15 minutes after posting. Edited comments are marked “edited”.</p>
          <EditCommentForm action={editCommentAction} commentId={comment.id} body={comment.body} maxLength={settings.commentMaxLength} />
        </>
      ) : (
        <p>This comment can no longer be edited: comments can be changed for 15 minutes after posting. You can still delete it.</p>
      )}
      <p>
        <Link href={backHref}>Back to the conversation</Link>
      </p>
    </div>
  );
}
