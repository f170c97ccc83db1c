import { findListedWord } from "./find-listed-word";
import type { TModerationRule } from "./moderation-types";

/** A suspect word does not refuse the comment: a moderator reads it first. */
export const suspectWordsRule: TModerationRule = (settings, facts) =>
  !facts.isTrusted && findListedWord(facts.body, settings.suspectWords) !== null ? { kind: "hold", reason: "suspect-word" } : null;
