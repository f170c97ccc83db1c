import "server-only";
import { db } from "@/lib/db/client";
import { readerDb } from "@/lib/db/reader-client";
import type { CommentPolicy } from "@/lib/generated/prisma/enums";
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";

/** The site's settings as the rest of the code reads them (the SiteSettings row, id 1). */
export type TSiteSettings = {
  defaultCommentPolicy: CommentPolicy;
  holdFirstComments: number;
  maxLinksPerComment: number;
  floodMaxComments: number;
  floodWindowSeconds: number;
  bannedWords: string[];
  suspectWords: string[];
  commentAutoCloseDays: number | null;
  minAccountAgeHoursForLinks: number;
  commentMaxLength: number;
  holdUnverifiedComments: boolean;
  version: number;
};

export const SITE_SETTINGS_ID = 1;

/**
 * Reads the settings row uncached: for write paths that must apply the rules in force now
 * (posting a comment, saving the settings form). The migration inserts the row; upsert covers a
 * database someone emptied by hand.
 */
export async function readSiteSettings(): Promise<TSiteSettings> {
  // A plain read first: an upsert takes the row's lock, and every comment post reads this row,
  // so concurrent posts would queue behind one another.
  const row =
    (await db.siteSettings.findUnique({ where: { id: SITE_SETTINGS_ID } })) ??
    (await db.siteSettings.upsert({ where: { id: SITE_SETTINGS_ID }, create: { id: SITE_SETTINGS_ID }, update: {} }));
  return toSiteSettings(row);
}

/** The settings the rules weigh, from a row (Prisma's, or the posting statement's JSON of it). */
export function toSiteSettings(row: TSiteSettings): TSiteSettings {
  return {
    defaultCommentPolicy: row.defaultCommentPolicy,
    holdFirstComments: row.holdFirstComments,
    maxLinksPerComment: row.maxLinksPerComment,
    floodMaxComments: row.floodMaxComments,
    floodWindowSeconds: row.floodWindowSeconds,
    bannedWords: row.bannedWords,
    suspectWords: row.suspectWords,
    commentAutoCloseDays: row.commentAutoCloseDays,
    minAccountAgeHoursForLinks: row.minAccountAgeHoursForLinks,
    commentMaxLength: row.commentMaxLength,
    holdUnverifiedComments: row.holdUnverifiedComments,
    version: row.version,
  };
}

/** The settings for reader pages, through the data cache; expire cacheTags.siteSettings on change. */
export function getSiteSettings(): Promise<TSiteSettings> {
  return cachedRead(["site-settings"], [cacheTags.siteSettings], async () => {
    // Reader pages read the replica, if any (lib/db/reader-client.ts); only a database without
    // the row (emptied by hand) sends this to the primary, which can create it.
    const row = await readerDb.siteSettings.findUnique({ where: { id: SITE_SETTINGS_ID } });
    return row ? toSiteSettings(row) : readSiteSettings();
  });
}
