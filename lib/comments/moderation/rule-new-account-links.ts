import type { TModerationRule } from "./moderation-types";

/** Brand-new accounts may not post links: the cheapest defence against sign-up-and-spam scripts. */
export const newAccountLinksRule: TModerationRule = (settings, facts) => {
  if (facts.linkCount === 0 || facts.isTrusted) return null;
  const minimum = settings.minAccountAgeHoursForLinks;
  if (facts.accountAgeHours >= minimum) return null;
  const hours = minimum === 1 ? "1 hour" : `${minimum} hours`;
  return {
    kind: "reject",
    message: `New accounts can post links once they are ${hours} old. Please remove the link or post it later.`,
  };
};
