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
