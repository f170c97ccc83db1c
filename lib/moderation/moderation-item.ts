import type { CommentStatus, ReportReason, Role } from "@/lib/generated/prisma/enums";

// What the moderation pages show about a comment and its author. Plain data with ISO dates.

export type TModerationReport = { reason: ReportReason; note: string; createdAt: string; reporterName: string };

export type TModerationItem = {
  id: string;
  /** Plain text as written; render as text. */
  body: string;
  status: CommentStatus;
  heldReason: string | null;
  createdAt: string;
  depth: number;
  openReportCount: number;
  isFeatured: boolean;
  article: { id: string; title: string; slug: string };
  /** The comment it answers, when it is a reply. */
  parent: { id: string; authorName: string; body: string; status: CommentStatus } | null;
  /** The newest open reports (at most REPORTS_SHOWN); openReportCount has the total. */
  reports: TModerationReport[];
  authorId: string;
};

export type TAuthorRecentComment = { id: string; status: CommentStatus; createdAt: string; excerpt: string; articleTitle: string };

export type TAuthorHistory = {
  id: string;
  name: string;
  role: Role;
  memberSince: string;
  isDeleted: boolean;
  /** A ban in force now (an expired one does not count). */
  ban: { reason: string; expiresAt: string | null } | null;
  isShadowBanned: boolean;
  recent: TAuthorRecentComment[];
  rejectedCount: number;
  hiddenCount: number;
  noteCount: number;
  /** The newest notes (at most NOTES_SHOWN). */
  notes: { body: string; createdAt: string; writerName: string | null }[];
};

export type TModerationPage = {
  items: TModerationItem[];
  authors: Record<string, TAuthorHistory>;
  nextCursor: string | null;
};
