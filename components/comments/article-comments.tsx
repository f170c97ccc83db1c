import { randomBytes } from "node:crypto";
import type { TReaderViewer } from "@/lib/auth/reader-viewer";
import { commentGate } from "@/lib/comments/comment-gate";
import { DEFAULT_COMMENT_SORT, type TCommentSort } from "@/lib/comments/comment-thread";
import { getCommentGateFacts } from "@/lib/comments/get-comment-gate-facts";
import { getViewerComments } from "@/lib/comments/get-viewer-comments";
import { listArticleComments } from "@/lib/comments/list-article-comments";
import { mergeViewerComments, threadCommentIds } from "@/lib/comments/viewer-comments";
import { getSiteSettings } from "@/lib/settings/site-settings";
import type { TCommentActions } from "./comment-actions-type";
import { CommentSection } from "./comment-section";
import { commentViewContext } from "./comment-view-context";

type TArticleCommentsProps = {
  article: { id: string; slug: string; commentCount: number };
  /** From getReaderViewer() in the page: never read the session here. */
  viewer: TReaderViewer | null;
  actions: TCommentActions;
  sort?: TCommentSort;
  /** An encoded cursor (the comments route only); the article page always shows the first page. */
  after?: string | null;
};

/**
 * The conversation for a reader page: the shared, cached thread page, plus the reader's own
 * additions (own pending comments, likes, edit and delete buttons) from one small uncached read.
 */
export async function ArticleComments({ article, viewer, actions, sort = DEFAULT_COMMENT_SORT, after = null }: TArticleCommentsProps) {
  const [page, gateFacts, settings] = await Promise.all([
    listArticleComments(article.id, { sort, after }),
    getCommentGateFacts(article),
    getSiteSettings(),
  ]);
  // A cursor that did not decode shows the first page; the page itself says which it is.
  const { isFirstPage } = page;
  const shownIds = [...threadCommentIds(page.comments), ...page.featured.map((comment) => comment.id)];
  const viewerComments = await getViewerComments(viewer, article.id, shownIds);
  const gate = commentGate(gateFacts, viewer, new Date());
  const articlePath = `/articles/${encodeURIComponent(article.slug)}`;
  return (
    <CommentSection
      articlePath={articlePath}
      commentCount={article.commentCount}
      gate={gate}
      page={page}
      comments={mergeViewerComments(page.comments, viewerComments.extras, { isFirstPage, newestFirst: sort === "newest" })}
      isFirstPage={isFirstPage}
      clientToken={gate === "open" ? randomBytes(16).toString("hex") : null}
      context={commentViewContext({ article, viewer, gate, maxLength: settings.commentMaxLength, viewerComments, actions })}
    />
  );
}
