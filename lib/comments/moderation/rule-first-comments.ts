import type { TModerationRule } from "./moderation-types";

/** A member's first holdFirstComments comments wait for a moderator (0: none do). */
export const firstCommentsRule: TModerationRule = (settings, facts) =>
  !facts.isTrusted && facts.authorPublishedCount < settings.holdFirstComments ? { kind: "hold", reason: "first-comments" } : null;
