import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";

export const MODERATOR_NOTES_SHOWN = 50;

export type TModeratorNote = { id: string; body: string; createdAt: string; writerName: string | null };

/** The newest notes about a member (staff only), newest first. */
export async function listModeratorNotes(memberId: string): Promise<TModeratorNote[]> {
  return listModeratorNotesFor(await requirePermission("comment:moderate"), memberId);
}

export async function listModeratorNotesFor(actor: TCurrentUser, memberId: string): Promise<TModeratorNote[]> {
  assertPermission(actor, "comment:moderate");
  const notes = await db.moderatorNote.findMany({
    where: { memberId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MODERATOR_NOTES_SHOWN,
    select: { id: true, body: true, createdAt: true, writer: { select: { name: true } } },
  });
  return notes.map((note) => ({ id: note.id, body: note.body, createdAt: note.createdAt.toISOString(), writerName: note.writer?.name ?? null }));
}
