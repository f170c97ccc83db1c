import type { CommentPolicy, MembershipTier, Role } from "@/lib/generated/prisma/enums";

// Who may comment on an article: the one rule shared by the page (which form or call to action
// to show) and the posting path (which refuses), so the two cannot disagree.

export type TCommentGate =
  /** Commenting is closed (policy CLOSED, or commentsCloseAt has passed); comments stay readable. */
  | "closed"
  /** Signed out: "Join the conversation" with sign-in and sign-up links. */
  | "sign-in"
  /** A free member on a VIP thread: how to become a VIP member. */
  | "vip-only"
  | "open";

export type TCommentGateArticle = { commentPolicy: CommentPolicy; commentsCloseAt: Date | string | null };
export type TCommentGateViewer = { role: Role; tier: MembershipTier } | null;

export function isCommentingClosed(article: TCommentGateArticle, now: Date): boolean {
  if (article.commentPolicy === "CLOSED") return true;
  return article.commentsCloseAt !== null && new Date(article.commentsCloseAt).getTime() <= now.getTime();
}

/**
 * VIP threads are for VIP members; staff take part too, as they read VIP-only stories in full
 * (app/(reader)/live/articles/[slug]/page.tsx).
 */
export function commentGate(article: TCommentGateArticle, viewer: TCommentGateViewer, now: Date): TCommentGate {
  if (isCommentingClosed(article, now)) return "closed";
  if (!viewer) return "sign-in";
  if (article.commentPolicy === "VIP" && viewer.tier !== "VIP" && viewer.role === "MEMBER") return "vip-only";
  return "open";
}
