import type { TModerationRule } from "./moderation-types";

/** A shadow-banned member's comments are stored hidden; they still see them as published. */
export const shadowBanRule: TModerationRule = (_settings, facts) => (facts.isShadowBanned ? { kind: "shadow" } : null);
