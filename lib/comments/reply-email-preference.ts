import "server-only";
import { z } from "zod";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { verifyReplyUnsubscribeToken } from "./reply-unsubscribe-token";

// Reply notifications by email (User.replyEmails): switched off by the one-click link in every
// notification, and on or off again from the account page.

/** A checkbox: present ("on") when ticked, absent when not; a boolean when parsed twice. */
export const ZReplyEmailsInput = z.object({
  replyEmails: z.union([z.boolean(), z.string().optional().transform((value) => value === "on")]),
});
export type TReplyEmailsInput = z.input<typeof ZReplyEmailsInput>;

export async function getReplyEmailsFor(actor: TCurrentUser): Promise<boolean> {
  assertPermission(actor, "profile:edit-own");
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { replyEmails: true } });
  return user.replyEmails;
}

export async function setReplyEmails(input: TReplyEmailsInput): Promise<void> {
  return setReplyEmailsFor(await requirePermission("profile:edit-own"), input);
}

export async function setReplyEmailsFor(actor: TCurrentUser, rawInput: TReplyEmailsInput): Promise<void> {
  assertPermission(actor, "profile:edit-own");
  const { replyEmails } = parseInputOrThrow(ZReplyEmailsInput, rawInput);
  await db.user.update({ where: { id: actor.id }, data: { replyEmails }, select: { id: true } });
}

/**
 * The unsubscribe link's action: no session needed, the signed token names the person. Returns
 * false for a token that is not ours (nothing changes). Idempotent.
 */
export async function unsubscribeFromReplyEmails(token: string | null | undefined): Promise<boolean> {
  const userId = verifyReplyUnsubscribeToken(token);
  if (!userId) return false;
  await db.user.updateMany({ where: { id: userId }, data: { replyEmails: false } });
  return true;
}
