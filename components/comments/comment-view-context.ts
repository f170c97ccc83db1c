import type { TReaderViewer } from "@/lib/auth/reader-viewer";
import type { TCommentGate } from "@/lib/comments/comment-gate";
import type { TViewerComments } from "@/lib/comments/viewer-comments";
import type { TCommentActions } from "./comment-actions-type";

/** What a comment needs to know about the reader to render its buttons; server-side only. */
export type TCommentViewContext = {
  articleId: string;
  articleSlug: string;
  isSignedIn: boolean;
  /** The reader may post here now (the comment gate is open). */
  canReply: boolean;
  maxLength: number;
  ownIds: ReadonlySet<string>;
  editableIds: ReadonlySet<string>;
  likedIds: ReadonlySet<string>;
  /** Own comments awaiting review (shown only to their author, marked). */
  awaitingReviewIds: ReadonlySet<string>;
  actions: TCommentActions;
};

export function commentViewContext(input: {
  article: { id: string; slug: string };
  viewer: TReaderViewer | null;
  gate: TCommentGate;
  maxLength: number;
  viewerComments: TViewerComments;
  actions: TCommentActions;
}): TCommentViewContext {
  const { viewerComments } = input;
  return {
    articleId: input.article.id,
    articleSlug: input.article.slug,
    isSignedIn: input.viewer !== null,
    canReply: input.gate === "open",
    maxLength: input.maxLength,
    ownIds: new Set(viewerComments.ownIds),
    editableIds: new Set(viewerComments.editableIds),
    likedIds: new Set(viewerComments.likedIds),
    awaitingReviewIds: new Set(viewerComments.extras.filter((extra) => extra.isAwaitingReview).map((extra) => extra.id)),
    actions: input.actions,
  };
}
