import { z } from "zod";
import { COMMENT_STATUSES, MODERATION_ACTIONS, ZCommentId, ZCommentStatus, ZModerationAction, ZUndoPlanField } from "./moderation-schemas";

// The moderation page is one form (so it works without JavaScript): each comment's buttons say
// what they do in their value ("approve:<id>:<status seen>"), the checkboxes are named
// "select.<id>" with the status seen as value, the bulk button sends "bulk" with the chosen
// action, and the undo form sends "undo" with the plan the last action returned. This turns
// those strings into one typed command.

const ZIntentAction = z.enum([...MODERATION_ACTIONS, "feature", "unfeature"]);

export type TModerationCommand =
  | { kind: "single"; action: z.infer<typeof ZModerationAction>; commentId: string; seenStatus: (typeof COMMENT_STATUSES)[number] }
  | { kind: "feature"; commentId: string; featured: boolean }
  | { kind: "bulk"; action: z.infer<typeof ZModerationAction>; items: { commentId: string; seenStatus: (typeof COMMENT_STATUSES)[number] }[] }
  | { kind: "undo"; plan: z.infer<typeof ZUndoPlanField> };

const INTENT_MESSAGE = "Reload the page and try again.";

export const ZModerationFormInput = z
  .record(z.string(), z.string())
  .transform((fields, context): TModerationCommand => {
    const intent = fields.intent ?? "";
    if (intent === "undo") {
      const plan = ZUndoPlanField.safeParse(fields.undo);
      if (!plan.success) {
        context.addIssue({ code: "custom", path: ["undo"], message: "There is nothing to undo." });
        return z.NEVER;
      }
      return { kind: "undo", plan: plan.data };
    }
    if (intent === "bulk") {
      const action = ZModerationAction.safeParse(fields.bulkAction);
      if (!action.success) {
        context.addIssue({ code: "custom", path: ["bulkAction"], message: "Choose what to do with the selected comments." });
        return z.NEVER;
      }
      const items: { commentId: string; seenStatus: (typeof COMMENT_STATUSES)[number] }[] = [];
      for (const [name, value] of Object.entries(fields)) {
        if (!name.startsWith("select.")) continue;
        const commentId = ZCommentId.safeParse(name.slice("select.".length));
        const seenStatus = ZCommentStatus.safeParse(value);
        if (!commentId.success || !seenStatus.success) {
          context.addIssue({ code: "custom", path: ["items"], message: INTENT_MESSAGE });
          return z.NEVER;
        }
        items.push({ commentId: commentId.data, seenStatus: seenStatus.data });
      }
      if (items.length === 0) {
        context.addIssue({ code: "custom", path: ["items"], message: "Select at least one comment." });
        return z.NEVER;
      }
      return { kind: "bulk", action: action.data, items };
    }
    const [verb, commentIdText, seen] = intent.split(":");
    const action = ZIntentAction.safeParse(verb);
    const commentId = ZCommentId.safeParse(commentIdText);
    if (!action.success || !commentId.success) {
      context.addIssue({ code: "custom", path: ["intent"], message: INTENT_MESSAGE });
      return z.NEVER;
    }
    if (action.data === "feature" || action.data === "unfeature") {
      return { kind: "feature", commentId: commentId.data, featured: action.data === "feature" };
    }
    const seenStatus = ZCommentStatus.safeParse(seen);
    if (!seenStatus.success) {
      context.addIssue({ code: "custom", path: ["intent"], message: INTENT_MESSAGE });
      return z.NEVER;
    }
    return { kind: "single", action: action.data, commentId: commentId.data, seenStatus: seenStatus.data };
  });

/** The value of a comment's own button. */
export function singleIntent(action: string, comment: { id: string; status: string }): string {
  return `${action}:${comment.id}:${comment.status}`;
}
