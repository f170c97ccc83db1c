import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { ZUserId } from "./member-schemas";
import { parseInputOrThrow } from "./parse-input";
import { setShadowBan } from "./set-shadow-ban";

export const ZUnshadowBanUserInput = z.object({ userId: ZUserId });
export type TUnshadowBanUserInput = z.input<typeof ZUnshadowBanUserInput>;

export type TUnshadowBanResult = { restoredComments: number };

/**
 * Lifts a shadow ban: every comment hidden because of it (held reason "shadow-ban", whether the
 * shadow ban hid it or it was posted during it) is published again. Comments a moderator hid
 * by hand keep their own held reason and stay hidden.
 */
export async function unshadowBanUser(input: TUnshadowBanUserInput): Promise<TUnshadowBanResult> {
  return unshadowBanUserFor(await requirePermission("comment:moderate"), input);
}

export async function unshadowBanUserFor(actor: TCurrentUser, rawInput: TUnshadowBanUserInput): Promise<TUnshadowBanResult> {
  assertPermission(actor, "comment:moderate");
  const { userId } = parseInputOrThrow(ZUnshadowBanUserInput, rawInput);
  return { restoredComments: await setShadowBan(actor, userId, "lift", true) };
}
