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
