import "server-only";
import { recordAuditEvent, type TAuditAction } from "@/lib/audit/record-audit-event";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { userNotFoundOrChangedError } from "./member-errors";

type TUserChange<TValue extends string> = {
  userId: string;
  /** The value the admin saw on the page, and the one they chose. */
  from: TValue;
  to: TValue;
  /** The same change as Prisma filters and data: `{ role: from }` and `{ role: to }`. */
  seen: Prisma.UserWhereInput;
  data: Prisma.UserUpdateManyMutationInput;
  auditAction: TAuditAction;
  /** Runs first in the transaction, to refuse a change that would break a rule (the last admin). */
  check?: (tx: Prisma.TransactionClient) => Promise<void>;
};

/**
 * The core of an admin's choice from a list on the user page (role, membership tier): the update
 * applies only if the user still has the value the admin saw, and is recorded in the audit log in
 * the same transaction. Choosing the value they already have changes nothing.
 */
export async function changeUserIfUnchanged<TValue extends string>(actor: TCurrentUser, change: TUserChange<TValue>): Promise<boolean> {
  const { userId, from, to } = change;
  if (from === to) return false;
  return db.$transaction(async (tx) => {
    await change.check?.(tx);
    const { count } = await tx.user.updateMany({ where: { id: userId, ...change.seen, deletedAt: null }, data: change.data });
    if (count === 0) throw await userNotFoundOrChangedError(tx, userId);
    await recordAuditEvent(tx, { actorId: actor.id, action: change.auditAction, targetType: "User", targetId: userId, detail: { from, to } });
    return true;
  });
}
