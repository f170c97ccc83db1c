import type { TSiteSettings } from "@/lib/settings/site-settings";

// The moderation rules are pure functions of the site's settings and facts the posting path
// gathers (lib/comments/post-comment.ts), so each rule is tested without a database.

export type TModerationSettings = Pick<
  TSiteSettings,
  | "holdFirstComments"
  | "maxLinksPerComment"
  | "floodMaxComments"
  | "floodWindowSeconds"
  | "bannedWords"
  | "suspectWords"
  | "minAccountAgeHoursForLinks"
  | "holdUnverifiedComments"
>;

export type TCommentFacts = {
  /** The comment as it will be stored (trimmed). */
  body: string;
  /** The hidden form field people never see and bots fill in. */
  honeypot: string;
  /** How many links the comment shows (lib/comments/find-links.ts). */
  linkCount: number;
  /** The author's comments published so far on the whole site. */
  authorPublishedCount: number;
  /** Hours since the author's account was created. */
  accountAgeHours: number;
  /** The author's comments created within the flood window, not counting this one. */
  recentByAuthor: number;
  /** Comments from the same client address within the flood window, not counting this one; null when the address is unknown. */
  recentByAddress: number | null;
  isShadowBanned: boolean;
  /** Moderators (comment:moderate): their comments skip the review rules, not the banned words. */
  isTrusted: boolean;
  /** Whether the author has verified their email address. */
  isAuthorVerified: boolean;
};

/** Why a comment waits in the queue; stored in Comment.heldReason. */
export type THoldReason = "first-comments" | "suspect-word" | "too-many-links" | "flood" | "unverified";

export const SHADOW_BAN_REASON = "shadow-ban";

export type TModerationDecision =
  | { kind: "publish" }
  | { kind: "hold"; reason: THoldReason }
  /** Stored HIDDEN with heldReason "shadow-ban": the author sees it as published, nobody else does. */
  | { kind: "shadow" }
  /** Not stored at all; the message says why, for the comment field. */
  | { kind: "reject"; message: string };

/** A rule answers with a decision, or null when it has nothing to say. */
export type TModerationRule = (settings: TModerationSettings, facts: TCommentFacts) => TModerationDecision | null;
