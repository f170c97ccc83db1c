import type { TModerationRule } from "./moderation-types";

/**
 * Accounts that never verified their email wait for a moderator while the site says so
 * (holdUnverifiedComments, on by default): a throwaway address costs a spammer nothing.
 */
export const unverifiedRule: TModerationRule = (settings, facts) =>
  settings.holdUnverifiedComments && !facts.isTrusted && !facts.isAuthorVerified ? { kind: "hold", reason: "unverified" } : null;
