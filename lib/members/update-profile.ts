import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { expireReaderCaches, readerCacheTagsForUser } from "./expire-reader-caches";
import { ZBio, ZDisplayName } from "./member-schemas";
import { parseInputOrThrow } from "./parse-input";

export const ZUpdateProfileInput = z.object({ name: ZDisplayName, bio: ZBio });
export type TUpdateProfileInput = z.input<typeof ZUpdateProfileInput>;

/** The signed-in person's own display name and bio. */
export async function updateProfile(input: TUpdateProfileInput): Promise<void> {
  return updateProfileFor(await requirePermission("profile:edit-own"), input);
}

export async function updateProfileFor(actor: TCurrentUser, rawInput: TUpdateProfileInput): Promise<void> {
  assertPermission(actor, "profile:edit-own");
  const { name, bio } = parseInputOrThrow(ZUpdateProfileInput, rawInput);
  // "Own" is the actor's id from the session, never an id from the form.
  const user = await db.user.update({ where: { id: actor.id }, data: { name, bio }, select: { id: true, handle: true } });
  expireReaderCaches(await readerCacheTagsForUser(user));
}
