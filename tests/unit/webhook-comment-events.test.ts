// Which comment moves a webhook announces (lib/webhooks/webhook-events.ts), as a table: a
// receiver that mirrors what readers see, or the moderators' queue, must hear of every move
// into or out of either, and of nothing else.
import { describe, expect, it } from "vitest";
import { commentEventFor } from "@/lib/webhooks/webhook-events";

describe("commentEventFor", () => {
  it.each([
    [null, "PUBLISHED", "comment.published"],
    [null, "PENDING", "comment.held"],
    [null, "HIDDEN", null], // a shadow-banned member's comment: nobody else sees it
    ["PENDING", "PUBLISHED", "comment.published"],
    ["HIDDEN", "PUBLISHED", "comment.published"], // an undo, or a ban lifted
    ["REJECTED", "PUBLISHED", "comment.published"],
    ["PUBLISHED", "PENDING", "comment.held"], // an approval undone, or an edit held
    ["PUBLISHED", "HIDDEN", "comment.hidden"],
    ["PENDING", "HIDDEN", "comment.hidden"],
    ["PUBLISHED", "REJECTED", "comment.hidden"],
    ["PUBLISHED", "DELETED", "comment.hidden"],
    ["PENDING", "REJECTED", null], // never seen by readers
    ["PENDING", "DELETED", null],
    ["HIDDEN", "DELETED", null],
    ["PUBLISHED", "PUBLISHED", null], // approving a reported comment keeps it up
  ] as const)("%s -> %s announces %s", (from, to, event) => {
    expect(commentEventFor(from, to)).toBe(event);
  });
});
