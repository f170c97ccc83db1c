import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { ZUserId } from "./member-schemas";
import { parseInputOrThrow } from "./parse-input";
import { setShadowBan } from "./set-shadow-ban";
import { ZCheckbox } from "./sanction-schemas";

export const ZShadowBanUserInput = z.object({
  userId: ZUserId,
  /** Also hide their published comments (held reason "shadow-ban", so they still see them). */
  hidePastComments: ZCheckbox,
});
export type TShadowBanUserInput = z.input<typeof ZShadowBanUserInput>;

export type TShadowBanResult = { hiddenComments: number };

/**
 * Shadow-bans a member: they keep posting and keep seeing their own comments, nobody else sees
 * them (the posting path stores their new comments HIDDEN with held reason "shadow-ban"; reader
 * pages show those to their author only). Unlike a ban, their sessions go on.
 */
export async function shadowBanUser(input: TShadowBanUserInput): Promise<TShadowBanResult> {
  return shadowBanUserFor(await requirePermission("comment:moderate"), input);
}

export async function shadowBanUserFor(actor: TCurrentUser, rawInput: TShadowBanUserInput): Promise<TShadowBanResult> {
  assertPermission(actor, "comment:moderate");
  const { userId, hidePastComments } = parseInputOrThrow(ZShadowBanUserInput, rawInput);
  return { hiddenComments: await setShadowBan(actor, userId, "impose", hidePastComments) };
}
