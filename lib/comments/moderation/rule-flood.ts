import type { TModerationRule } from "./moderation-types";

/**
 * More than floodMaxComments within floodWindowSeconds from one account, or from one client
 * address (several accounts behind one script), waits for a moderator.
 */
export const floodRule: TModerationRule = (settings, facts) => {
  if (facts.isTrusted) return null;
  const limit = settings.floodMaxComments;
  const fromAuthor = facts.recentByAuthor + 1;
  const fromAddress = facts.recentByAddress === null ? 0 : facts.recentByAddress + 1;
  return fromAuthor > limit || fromAddress > limit ? { kind: "hold", reason: "flood" } : null;
};
