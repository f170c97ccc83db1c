import type { TModerationRule } from "./moderation-types";

/**
 * The form has a field people never see (hidden with CSS, skipped by keyboard and screen
 * readers). Only a script that fills in every field puts anything there.
 */
export const honeypotRule: TModerationRule = (_settings, facts) =>
  facts.honeypot.trim().length > 0 ? { kind: "reject", message: "We could not accept this comment. Please try again." } : null;
