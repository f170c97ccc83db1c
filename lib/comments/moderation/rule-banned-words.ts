import { findListedWord } from "./find-listed-word";
import type { TModerationRule } from "./moderation-types";

/** A banned word refuses the comment outright, naming the word so the author can rephrase. */
export const bannedWordsRule: TModerationRule = (settings, facts) => {
  const word = findListedWord(facts.body, settings.bannedWords);
  return word === null
    ? null
    : { kind: "reject", message: `Your comment contains a word that is not allowed here (“${word}”). Please rephrase it.` };
};
