import type { TModerationRule } from "./moderation-types";

/** More than maxLinksPerComment links waits for a moderator. */
export const tooManyLinksRule: TModerationRule = (settings, facts) =>
  !facts.isTrusted && facts.linkCount > settings.maxLinksPerComment ? { kind: "hold", reason: "too-many-links" } : null;
