import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The ids of the active admins, row-locked until the transaction ends. Anything that could take
 * away an admin (demotion, account deletion) calls this first: two admins demoting each other at
 * once then run one after the other, and the second sees that only one admin is left.
 * (Under READ COMMITTED, a waiting FOR UPDATE re-checks the rows it waited for.)
 */
export async function lockActiveAdminIds(tx: Prisma.TransactionClient): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User"
    WHERE role = 'ADMIN' AND status = 'ACTIVE' AND "deletedAt" IS NULL
    ORDER BY id
    FOR UPDATE`;
  return rows.map((row) => row.id);
}
