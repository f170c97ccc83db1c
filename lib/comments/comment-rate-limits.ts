import type { TRateLimitRule } from "@/lib/rate-limit/consume-rate-limit";

// Hard limits (429) on the comment actions, well above what a person does. The flood rule in
// moderation/ holds bursts for review long before these refuse anything.

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
