// Shared by the moderation integration tests.
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Role, User } from "@/lib/generated/prisma/client";
import { createUser } from "../factories";

export function actor(user: User, role: Role = user.role): TCurrentUser {
  return { id: user.id, email: user.email, name: user.name, role, tier: user.tier, emailVerified: true };
}

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

export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
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
