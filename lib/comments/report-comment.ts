import "server-only";
import { z } from "zod";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma, type ReportReason } from "@/lib/generated/prisma/client";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { assertWithinRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { rateLimitKey } from "@/lib/rate-limit/rate-limit-key";
import { COMMENT_REPORTS_PER_USER } from "@/lib/rate-limit/rules";
import { ZCommentId } from "./comment-schemas";

export const REPORT_NOTE_MAX_LENGTH = 1000;

export const REPORT_REASONS = [
  { value: "ABUSIVE", label: "Abusive or hateful" },
  { value: "SPAM", label: "Spam or advertising" },
  { value: "OFF_TOPIC", label: "Off-topic" },
  { value: "OTHER", label: "Something else" },
] as const;

export const ZReportCommentInput = z
  .object({
    commentId: ZCommentId,
    reason: z.enum(["ABUSIVE", "SPAM", "OFF_TOPIC", "OTHER"], { message: "Choose a reason." }),
    note: z
      .string()
      .optional()
      .default("")
      .transform((value) => value.trim())
      .pipe(z.string().max(REPORT_NOTE_MAX_LENGTH, { message: `Keep the note under ${REPORT_NOTE_MAX_LENGTH} characters.` })),
  })
  .refine((input) => input.reason !== "OTHER" || input.note.length > 0, {
    path: ["note"],
    message: "Tell us what is wrong with this comment.",
  });
export type TReportCommentInput = z.input<typeof ZReportCommentInput>;

export async function reportComment(input: TReportCommentInput): Promise<{ isNew: boolean }> {
  return reportCommentFor(await requirePermission("comment:create"), input);
}

/**
 * A reader's report of a published comment, one per reader per comment: reporting again
 * replaces the reason and note of an open report, or reopens one a moderator resolved.
 * Comment.openReportCount moves in the same transaction, for the moderation queue.
 */
export async function reportCommentFor(actor: TCurrentUser, rawInput: TReportCommentInput): Promise<{ isNew: boolean }> {
  assertPermission(actor, "comment:create");
  const { commentId, reason, note } = parseInputOrThrow(ZReportCommentInput, rawInput);
  const comment = await db.comment.findUnique({ where: { id: commentId }, select: { status: true, authorId: true } });
  if (!comment || comment.status !== "PUBLISHED") throw new AppError("NOT_FOUND", "This comment is no longer available.");
  if (comment.authorId === actor.id) throw new AppError("BAD_INPUT", "You cannot report your own comment. You can delete it instead.");
  await assertWithinRateLimit(rateLimitKey("comment-report:user", actor.id), COMMENT_REPORTS_PER_USER);
  try {
    return await recordReport(commentId, actor.id, reason, note);
  } catch (error) {
    // A double click raced its twin: the other request recorded this report.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { isNew: false };
    throw error;
  }
}

async function recordReport(commentId: string, reporterId: string, reason: ReportReason, note: string): Promise<{ isNew: boolean }> {
  return db.$transaction(async (tx) => {
    const existing = await tx.commentReport.findUnique({
      where: { commentId_reporterId: { commentId, reporterId } },
      select: { id: true, resolvedAt: true },
    });
    if (existing) {
      await tx.commentReport.update({ where: { id: existing.id }, data: { reason, note, resolvedAt: null, resolvedById: null } });
      if (existing.resolvedAt !== null) {
        await tx.comment.update({ where: { id: commentId }, data: { openReportCount: { increment: 1 } } });
      }
      return { isNew: false };
    }
    await tx.commentReport.create({ data: { commentId, reporterId, reason, note } });
    await tx.comment.update({ where: { id: commentId }, data: { openReportCount: { increment: 1 } } });
    return { isNew: true };
  });
}
