import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * After an update that matched no row: either the user is gone (404) or someone changed them
 * since the page was loaded (409), because every admin write says what it expected to find.
 */
export async function userNotFoundOrChangedError(tx: Prisma.TransactionClient, userId: string): Promise<AppError> {
  const exists = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!exists) return new AppError("NOT_FOUND", "There is no such user.");
  return new AppError("CONFLICT", "This user was changed by someone else. Reload the page to see the change, then try again.", {
    message: `optimistic update of user ${userId} matched no row`,
  });
}

export function lastAdminError(): AppError {
  return new AppError(
    "CONFLICT",
    "This is the last active admin. Make someone else an admin first, or the newsroom would have nobody to manage it.",
  );
}
