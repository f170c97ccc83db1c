// The pure parts of moderation: which action applies from which status, what an undo may
// restore, when a ban holds, and how the settings form's fields are read.
import { describe, expect, it } from "vitest";
import { isBanInForce } from "@/lib/members/ban-state";
import { ZBanDurationDays, ZCheckbox } from "@/lib/members/sanction-schemas";
import { canModerate, confirmationText, isUndoableTransition } from "@/lib/moderation/comment-transitions";
import { ZModerationFormInput } from "@/lib/moderation/moderation-form-input";
import { ZUndoPlanField } from "@/lib/moderation/moderation-schemas";
import { ZSiteSettingsInput, WORD_LIST_MAX_WORDS } from "@/lib/settings/site-settings-schema";

describe("comment transitions", () => {
  it.each([
    ["approve", "PENDING", 0, true],
    ["approve", "HIDDEN", 0, true],
    ["approve", "REJECTED", 0, true],
    ["approve", "PUBLISHED", 0, false],
    ["approve", "PUBLISHED", 2, true],
    ["approve", "DELETED", 0, false],
    ["reject", "PENDING", 0, true],
    ["reject", "REJECTED", 0, false],
    ["hide", "PUBLISHED", 1, true],
    ["hide", "HIDDEN", 0, false],
    ["delete", "HIDDEN", 0, true],
    ["delete", "DELETED", 0, false],
  ] as const)("%s from %s with %i reports: %s", (action, status, openReportCount, expected) => {
    expect(canModerate(action, { status, openReportCount })).toBe(expected);
  });

  it("an undo may only go back along a real action", () => {
    expect(isUndoableTransition("PENDING", "PUBLISHED")).toBe(true);
    expect(isUndoableTransition("PUBLISHED", "DELETED")).toBe(true);
    expect(isUndoableTransition("DELETED", "PUBLISHED")).toBe(false);
    expect(isUndoableTransition("DELETED", "HIDDEN")).toBe(false);
  });

  it("says what happened, in the singular and the plural", () => {
    expect(confirmationText("hide", 1)).toBe("Comment hidden.");
    expect(confirmationText("approve", 4)).toBe("4 comments approved.");
  });

  it("reads an undo plan only from well-formed JSON", () => {
    expect(ZUndoPlanField.safeParse("not json").success).toBe(false);
    expect(ZUndoPlanField.safeParse("[]").success).toBe(false);
    const entry = { commentId: "c1", expectedStatus: "PUBLISHED", actedAt: new Date().toISOString(), restoreStatus: "PENDING", restoreHeldReason: null };
    expect(ZUndoPlanField.parse(JSON.stringify([entry]))).toEqual([entry]);
    expect(ZUndoPlanField.safeParse(JSON.stringify([{ ...entry, restoreStatus: "GONE" }])).success).toBe(false);
  });
});

describe("bans", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  it("hold until lifted, or until their expiry", () => {
    expect(isBanInForce({ status: "ACTIVE", banExpiresAt: null }, now)).toBe(false);
    expect(isBanInForce({ status: "BANNED", banExpiresAt: null }, now)).toBe(true);
    expect(isBanInForce({ status: "BANNED", banExpiresAt: "2026-12-01T12:00:01Z" }, now)).toBe(true);
    expect(isBanInForce({ status: "BANNED", banExpiresAt: new Date("2026-12-01T12:00:00Z") }, now)).toBe(false);
  });

  it("read the duration and checkbox fields as the form sends them", () => {
    expect(ZBanDurationDays.parse("")).toBeNull();
    expect(ZBanDurationDays.parse(undefined)).toBeNull();
    expect(ZBanDurationDays.parse(" 7 ")).toBe(7);
    expect(ZBanDurationDays.safeParse("0").success).toBe(false);
    expect(ZBanDurationDays.safeParse("1.5").success).toBe(false);
    expect(ZBanDurationDays.safeParse("99999").success).toBe(false);
    expect(ZCheckbox.parse("on")).toBe(true);
    expect(ZCheckbox.parse(undefined)).toBe(false);
    expect(ZCheckbox.safeParse("yes please").success).toBe(false);
  });
});

describe("the settings form", () => {
  const valid = {
    version: "3",
    defaultCommentPolicy: "OPEN",
    holdFirstComments: "1",
    maxLinksPerComment: "2",
    floodMaxComments: "5",
    floodWindowSeconds: "60",
    minAccountAgeHoursForLinks: "24",
    commentMaxLength: "2000",
    commentAutoCloseDays: "",
    bannedWords: "",
    suspectWords: "",
    holdUnverifiedComments: "on",
  };

  it("trims, lower-cases and de-duplicates word lists, one entry per line", () => {
    const parsed = ZSiteSettingsInput.parse({ ...valid, bannedWords: "  Spam \r\nSPAM\n\n  buy   now \nscam", suspectWords: "Idiot" });
    expect(parsed.bannedWords).toEqual(["spam", "buy now", "scam"]);
    expect(parsed.suspectWords).toEqual(["idiot"]);
    expect(parsed).toMatchObject({ version: 3, holdFirstComments: 1, commentAutoCloseDays: null });
  });

  it("bounds the lists and names the field", () => {
    const tooMany = Array.from({ length: WORD_LIST_MAX_WORDS + 1 }, (_, index) => `word${index}`).join("\n");
    const result = ZSiteSettingsInput.safeParse({ ...valid, suspectWords: tooMany });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(["suspectWords"]);
    expect(result.error!.issues[0]!.message).toMatch(/Suspect words: at most/);
    expect(ZSiteSettingsInput.safeParse({ ...valid, bannedWords: "x".repeat(61) }).success).toBe(false);
  });

  it("reads whole numbers within limits, and an empty auto-close as never", () => {
    expect(ZSiteSettingsInput.parse({ ...valid, commentAutoCloseDays: "14" }).commentAutoCloseDays).toBe(14);
    for (const [field, value] of [
      ["holdFirstComments", "-1"],
      ["maxLinksPerComment", "2.5"],
      ["floodWindowSeconds", "0"],
      ["commentMaxLength", "ten"],
      ["commentAutoCloseDays", "0"],
    ] as const) {
      const result = ZSiteSettingsInput.safeParse({ ...valid, [field]: value });
      expect(result.success, `${field}=${value}`).toBe(false);
      expect(result.error!.issues[0]!.path).toEqual([field]);
      expect(result.error!.issues[0]!.message).toMatch(/whole number from/);
    }
    expect(ZSiteSettingsInput.safeParse({ ...valid, defaultCommentPolicy: "SOMETIMES" }).success).toBe(false);
  });
});

describe("the moderation form", () => {
  it("reads a comment's own button", () => {
    expect(ZModerationFormInput.parse({ intent: "hide:c1:PUBLISHED", bulkAction: "approve", "select.c2": "PENDING" })).toEqual({
      kind: "single",
      action: "hide",
      commentId: "c1",
      seenStatus: "PUBLISHED",
    });
    expect(ZModerationFormInput.parse({ intent: "feature:c1" })).toEqual({ kind: "feature", commentId: "c1", featured: true });
  });

  it("reads the bulk button with the ticked comments and their seen statuses", () => {
    expect(ZModerationFormInput.parse({ intent: "bulk", bulkAction: "reject", "select.c1": "PENDING", "select.c2": "PUBLISHED" })).toEqual({
      kind: "bulk",
      action: "reject",
      items: [
        { commentId: "c1", seenStatus: "PENDING" },
        { commentId: "c2", seenStatus: "PUBLISHED" },
      ],
    });
    const none = ZModerationFormInput.safeParse({ intent: "bulk", bulkAction: "reject" });
    expect(none.error!.issues[0]).toMatchObject({ path: ["items"], message: "Select at least one comment." });
  });

  it("refuses made-up intents, actions and statuses", () => {
    for (const fields of [
      { intent: "publish:c1:PENDING" },
      { intent: "approve:c1:LOST" },
      { intent: "approve:../x:PENDING" },
      { intent: "bulk", bulkAction: "nuke", "select.c1": "PENDING" },
      { intent: "bulk", bulkAction: "hide", "select.c1": "GONE" },
      { intent: "undo", undo: "{}" },
      {},
    ]) {
      expect(ZModerationFormInput.safeParse(fields).success, JSON.stringify(fields)).toBe(false);
    }
  });
});
