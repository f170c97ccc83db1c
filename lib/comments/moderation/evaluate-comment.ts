import { bannedWordsRule } from "./rule-banned-words";
import { firstCommentsRule } from "./rule-first-comments";
import { floodRule } from "./rule-flood";
import { honeypotRule } from "./rule-honeypot";
import { newAccountLinksRule } from "./rule-new-account-links";
import { shadowBanRule } from "./rule-shadow-ban";
import { suspectWordsRule } from "./rule-suspect-words";
import { tooManyLinksRule } from "./rule-too-many-links";
import { unverifiedRule } from "./rule-unverified";
import type { TCommentFacts, TModerationDecision, TModerationRule, TModerationSettings } from "./moderation-types";

// Order matters: refusals first (the author can fix those and should hear about them, shadow
// ban or not), then the shadow ban (its comments skip the queue: nobody is to read them), then
// the reasons to hold, most telling first, since only one reason is stored.
const NEW_COMMENT_RULES: readonly TModerationRule[] = [
  honeypotRule,
  bannedWordsRule,
  newAccountLinksRule,
  shadowBanRule,
  floodRule,
  suspectWordsRule,
  tooManyLinksRule,
  unverifiedRule,
  firstCommentsRule,
];

// An edit can add words or links that would have held or refused the comment, so the content
// rules run again; who posted and how often does not change with an edit.
const EDIT_RULES: readonly TModerationRule[] = [bannedWordsRule, newAccountLinksRule, suspectWordsRule, tooManyLinksRule];

function firstDecision(rules: readonly TModerationRule[], settings: TModerationSettings, facts: TCommentFacts): TModerationDecision {
  for (const rule of rules) {
    const decision = rule(settings, facts);
    if (decision) return decision;
  }
  return { kind: "publish" };
}

/** What happens to a new comment: publish, hold (and why), store hidden (shadow ban), or reject (and why). */
export function evaluateNewComment(settings: TModerationSettings, facts: TCommentFacts): TModerationDecision {
  return firstDecision(NEW_COMMENT_RULES, settings, facts);
}

/** What happens to an edited comment's new text: publish, hold or reject. */
export function evaluateCommentEdit(settings: TModerationSettings, facts: TCommentFacts): TModerationDecision {
  return firstDecision(EDIT_RULES, settings, facts);
}
