import type { TRateLimitRule } from "./consume-rate-limit";

const HOUR = 60 * 60;

/** New accounts from one client address. */
export const SIGN_UP_PER_ADDRESS: TRateLimitRule = { limit: 5, windowSeconds: HOUR };
/** Reset links requested from one client address, and for one email (so nobody floods an inbox). */
export const PASSWORD_RESET_PER_ADDRESS: TRateLimitRule = { limit: 5, windowSeconds: HOUR };
export const PASSWORD_RESET_PER_EMAIL: TRateLimitRule = { limit: 5, windowSeconds: HOUR };
/** "Resend the verification email", per account. */
export const VERIFICATION_RESEND_PER_USER: TRateLimitRule = { limit: 5, windowSeconds: HOUR };
/** "Someone tried to sign up with your email" notices, per email: enough to warn, too few to spam. */
export const SIGN_UP_NOTICES_PER_EMAIL: TRateLimitRule = { limit: 3, windowSeconds: HOUR };

// Comments: hard limits (429), well above what a person does. The flood rule in
// lib/comments/moderation holds bursts for review long before these refuse anything.
const MINUTE = 60;
/** New comments and replies per account, and per client address. */
export const COMMENTS_PER_USER: TRateLimitRule = { limit: 20, windowSeconds: 10 * MINUTE };
export const COMMENTS_PER_ADDRESS: TRateLimitRule = { limit: 60, windowSeconds: 10 * MINUTE };
/** Edits and deletions per account. */
export const COMMENT_CHANGES_PER_USER: TRateLimitRule = { limit: 60, windowSeconds: 10 * MINUTE };
/** Likes and unlikes per account. */
export const COMMENT_LIKES_PER_USER: TRateLimitRule = { limit: 300, windowSeconds: 10 * MINUTE };
/** Reports per account. */
export const COMMENT_REPORTS_PER_USER: TRateLimitRule = { limit: 30, windowSeconds: 60 * MINUTE };

// Reader endpoints a stranger can make us spend on (issue 15, item 11), per client address.
/**
 * Searches that cost a query: a search this server has not just answered from its page cache
 * (a new query text, a filtered or signed-in search). Repeating a cached search costs nothing
 * and is not counted (lib/search/search-rate-limit.ts).
 */
export const SEARCHES_PER_ADDRESS: TRateLimitRule = { limit: 60, windowSeconds: MINUTE };
/**
 * Article view beacons (POST /api/views), counted or not. An hour of brisk reading is a few
 * dozen; offices and phone networks share addresses, hence the margin.
 */
export const VIEW_BEACONS_PER_ADDRESS: TRateLimitRule = { limit: 120, windowSeconds: HOUR };
