import "server-only";
import { cacheTags } from "@/lib/articles/cache-tags";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { expireReaderCaches } from "@/lib/members/expire-reader-caches";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { readSiteSettings, SITE_SETTINGS_ID, type TSiteSettings } from "./site-settings";
import { ZSiteSettingsInput, type TSiteSettingsInput, type TSiteSettingsValues } from "./site-settings-schema";

export const SETTINGS_CONFLICT_MESSAGE =
  "Someone else saved the settings after you opened this page. Reload the page to see their changes, then make yours again.";

export type TUpdateSiteSettingsResult = { settings: TSiteSettings; changed: (keyof TSiteSettingsValues)[] };

/** Saves the settings form (admins). */
export async function updateSiteSettings(input: TSiteSettingsInput): Promise<TUpdateSiteSettingsResult> {
  return updateSiteSettingsFor(await requirePermission("settings:manage"), input);
}

/**
 * Version-checked: the save applies only if the row is still at the version the form showed, so
 * two admins saving at once cannot silently undo each other (the second is told to reload).
 * The audit row names the fields that changed; the comment rules apply from the next comment.
 */
export async function updateSiteSettingsFor(actor: TCurrentUser, rawInput: TSiteSettingsInput): Promise<TUpdateSiteSettingsResult> {
  assertPermission(actor, "settings:manage");
  const { version, ...values } = parseInputOrThrow(ZSiteSettingsInput, rawInput);
  // Makes sure the row exists (a database emptied by hand); the migration normally inserts it.
  const before = await readSiteSettings();
  const changed = (Object.keys(values) as (keyof typeof values)[]).filter(
    (key) => JSON.stringify(values[key]) !== JSON.stringify(before[key]),
  );

  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.siteSettings.updateMany({
      where: { id: SITE_SETTINGS_ID, version },
      data: { ...values, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", SETTINGS_CONFLICT_MESSAGE, { message: `settings save from version ${version} is stale` });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "settings.updated",
      targetType: "SiteSettings",
      targetId: String(SITE_SETTINGS_ID),
      detail: { from: version, to: version + 1, changed },
    });
    return { ...values, version: version + 1 };
  });
  await expireReaderCaches([cacheTags.siteSettings]);
  return { settings: result, changed };
}
