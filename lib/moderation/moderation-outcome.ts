import type { TUndoPlan } from "./moderation-schemas";

/** What a moderation action reports back to the form: a sentence, and how to take it back. */
export type TModerationOutcome = {
  message: string;
  /** Empty when there is nothing to undo (an undo itself). */
  undo: TUndoPlan;
};
