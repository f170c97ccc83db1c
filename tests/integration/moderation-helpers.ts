// Shared by the moderation integration tests.
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { actorFor as actor, createUser } from "../factories";

// The actor and the refusal are shared by every integration test; the names stay for these files.
export { actor };
export { rejection } from "./rejection";

export async function editor(): Promise<TCurrentUser> {
  return actor(await createUser({ role: "EDITOR", password: null }));
}

/**
 * An admin for the functions that need one. The row is an EDITOR and only the session says
 * ADMIN: tests/integration/members-admin-actions.test.ts counts the database's active admins
 * ("last admin" rules) and must be the only file that creates ADMIN rows.
 */
export async function admin(): Promise<TCurrentUser> {
  return actor(await createUser({ role: "EDITOR", password: null }), "ADMIN");
}

export function auditEventsAbout(targetType: string, targetId: string) {
  return db.auditEvent.findMany({ where: { targetType, targetId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

export async function commentState(id: string) {
  return db.comment.findUniqueOrThrow({
    where: { id },
    select: { status: true, heldReason: true, openReportCount: true, featuredAt: true, moderatedById: true },
  });
}

export async function articleCount(id: string): Promise<number> {
  return (await db.article.findUniqueOrThrow({ where: { id }, select: { commentCount: true } })).commentCount;
}

/** A reader's report, as the report form would store it (openReportCount kept in step). */
export async function report(commentId: string, reason: "ABUSIVE" | "SPAM" | "OFF_TOPIC" | "OTHER" = "ABUSIVE", note = "") {
  const reporter = await createUser({ password: null });
  await db.$transaction([
    db.commentReport.create({ data: { commentId, reporterId: reporter.id, reason, note } }),
    db.comment.update({ where: { id: commentId }, data: { openReportCount: { increment: 1 } } }),
  ]);
  return reporter;
}
