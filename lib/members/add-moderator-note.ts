import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZUserId } from "./member-schemas";
import { parseInputOrThrow } from "./parse-input";

export const MODERATOR_NOTE_MAX_LENGTH = 2000;

export const ZAddModeratorNoteInput = z.object({
  memberId: ZUserId,
  body: z
    .string({ message: "Write the note." })
    .trim()
    .min(1, { message: "Write the note." })
    .max(MODERATOR_NOTE_MAX_LENGTH, { message: `A note must be at most ${MODERATOR_NOTE_MAX_LENGTH} characters.` }),
});
export type TAddModeratorNoteInput = z.input<typeof ZAddModeratorNoteInput>;

/** The same note from the same moderator within this window is one note submitted twice. */
const RESUBMIT_WINDOW_MS = 60_000;

/** A private note about a member, for the other moderators; never shown to the member. */
export async function addModeratorNote(input: TAddModeratorNoteInput): Promise<{ noteId: string }> {
  return addModeratorNoteFor(await requirePermission("comment:moderate"), input);
}

export async function addModeratorNoteFor(actor: TCurrentUser, rawInput: TAddModeratorNoteInput): Promise<{ noteId: string }> {
  assertPermission(actor, "comment:moderate");
  const { memberId, body } = parseInputOrThrow(ZAddModeratorNoteInput, rawInput);
  return db.$transaction(async (tx) => {
    const member = await tx.user.findUnique({ where: { id: memberId }, select: { id: true } });
    if (!member) throw new AppError("NOT_FOUND", "There is no such member.");
    // A double click or a resubmitted form finds the note it already wrote.
    const repeat = await tx.moderatorNote.findFirst({
      where: { memberId, writerId: actor.id, body, createdAt: { gte: new Date(Date.now() - RESUBMIT_WINDOW_MS) } },
      select: { id: true },
    });
    if (repeat) return { noteId: repeat.id };
    const note = await tx.moderatorNote.create({ data: { memberId, writerId: actor.id, body }, select: { id: true } });
    // The note's text stays in the note: the audit log says that one was written, not what.
    await recordAuditEvent(tx, { actorId: actor.id, action: "user.note_added", targetType: "User", targetId: memberId, detail: { noteId: note.id } });
    return { noteId: note.id };
  });
}
