// Each moderation rule on its own, then the evaluator's order: pure functions of the site's
// settings and the facts the posting path gathers.
import { describe, expect, it } from "vitest";
import { evaluateCommentEdit, evaluateNewComment } from "@/lib/comments/moderation/evaluate-comment";
import { findListedWord } from "@/lib/comments/moderation/find-listed-word";
import type { TCommentFacts, TModerationSettings } from "@/lib/comments/moderation/moderation-types";
import { bannedWordsRule } from "@/lib/comments/moderation/rule-banned-words";
import { firstCommentsRule } from "@/lib/comments/moderation/rule-first-comments";
import { floodRule } from "@/lib/comments/moderation/rule-flood";
import { honeypotRule } from "@/lib/comments/moderation/rule-honeypot";
import { newAccountLinksRule } from "@/lib/comments/moderation/rule-new-account-links";
import { shadowBanRule } from "@/lib/comments/moderation/rule-shadow-ban";
import { suspectWordsRule } from "@/lib/comments/moderation/rule-suspect-words";
import { tooManyLinksRule } from "@/lib/comments/moderation/rule-too-many-links";
import { unverifiedRule } from "@/lib/comments/moderation/rule-unverified";

const settings: TModerationSettings = {
  holdFirstComments: 1,
  maxLinksPerComment: 2,
  floodMaxComments: 5,
  floodWindowSeconds: 60,
  bannedWords: ["scumbag"],
  suspectWords: ["crypto giveaway"],
  minAccountAgeHoursForLinks: 24,
  holdUnverifiedComments: true,
};

/** A regular: old account, many published comments, nothing unusual. */
function facts(overrides: Partial<TCommentFacts> = {}): TCommentFacts {
  return {
    body: "The council should publish the harbour figures.",
    honeypot: "",
    linkCount: 0,
    authorPublishedCount: 40,
    accountAgeHours: 24 * 365,
    recentByAuthor: 0,
    recentByAddress: 0,
    isShadowBanned: false,
    isTrusted: false,
    isAuthorVerified: true,
    ...overrides,
  };
}

describe("findListedWord", () => {
  it("matches whole words and phrases, case-insensitively", () => {
    expect(findListedWord("What a SCUMBAG move.", ["scumbag"])).toBe("scumbag");
    expect(findListedWord("Join the crypto   giveaway now", ["crypto giveaway"])).toBe("crypto giveaway");
    expect(findListedWord("A classic class act", ["ass"])).toBeNull();
  });

  it("sees through full-width letters and ignores blank list entries", () => {
    expect(findListedWord("ｓｃｕｍｂａｇ", ["scumbag"])).toBe("scumbag");
    expect(findListedWord("anything", ["", "  "])).toBeNull();
  });

  it("treats listed words as text, not patterns", () => {
    expect(findListedWord("a.b", ["a.b"])).toBe("a.b");
    expect(findListedWord("axb", ["a.b"])).toBeNull();
  });
});

describe("the rules", () => {
  it("honeypot: a filled hidden field rejects", () => {
    expect(honeypotRule(settings, facts({ honeypot: "http://spam.example" }))).toMatchObject({ kind: "reject" });
    expect(honeypotRule(settings, facts())).toBeNull();
  });

  it("banned words reject, naming the word", () => {
    const decision = bannedWordsRule(settings, facts({ body: "You scumbag." }));
    expect(decision).toEqual({ kind: "reject", message: expect.stringContaining("“scumbag”") });
    expect(bannedWordsRule(settings, facts())).toBeNull();
  });

  it("links from a young account reject; an old enough account or no links pass", () => {
    expect(newAccountLinksRule(settings, facts({ linkCount: 1, accountAgeHours: 2 }))).toMatchObject({
      kind: "reject",
      message: expect.stringContaining("24 hours"),
    });
    expect(newAccountLinksRule(settings, facts({ linkCount: 1, accountAgeHours: 24 }))).toBeNull();
    expect(newAccountLinksRule(settings, facts({ linkCount: 0, accountAgeHours: 0 }))).toBeNull();
    expect(newAccountLinksRule(settings, facts({ linkCount: 1, accountAgeHours: 0, isTrusted: true }))).toBeNull();
  });

  it("shadow ban stores the comment hidden", () => {
    expect(shadowBanRule(settings, facts({ isShadowBanned: true }))).toEqual({ kind: "shadow" });
    expect(shadowBanRule(settings, facts())).toBeNull();
  });

  it("flood: more than the limit within the window, from one account or one address, holds", () => {
    expect(floodRule(settings, facts({ recentByAuthor: 4 }))).toBeNull();
    expect(floodRule(settings, facts({ recentByAuthor: 5 }))).toEqual({ kind: "hold", reason: "flood" });
    expect(floodRule(settings, facts({ recentByAddress: 5 }))).toEqual({ kind: "hold", reason: "flood" });
    expect(floodRule(settings, facts({ recentByAddress: null, recentByAuthor: 0 }))).toBeNull();
    expect(floodRule(settings, facts({ recentByAuthor: 50, isTrusted: true }))).toBeNull();
  });

  it("first comments: a member's first N wait; 0 turns the rule off", () => {
    expect(firstCommentsRule(settings, facts({ authorPublishedCount: 0 }))).toEqual({ kind: "hold", reason: "first-comments" });
    expect(firstCommentsRule(settings, facts({ authorPublishedCount: 1 }))).toBeNull();
    expect(firstCommentsRule({ ...settings, holdFirstComments: 3 }, facts({ authorPublishedCount: 2 }))).toMatchObject({ kind: "hold" });
    expect(firstCommentsRule({ ...settings, holdFirstComments: 0 }, facts({ authorPublishedCount: 0 }))).toBeNull();
  });

  it("suspect words hold", () => {
    expect(suspectWordsRule(settings, facts({ body: "Free Crypto Giveaway inside" }))).toEqual({ kind: "hold", reason: "suspect-word" });
    expect(suspectWordsRule(settings, facts())).toBeNull();
  });

  it("too many links hold", () => {
    expect(tooManyLinksRule(settings, facts({ linkCount: 2 }))).toBeNull();
    expect(tooManyLinksRule(settings, facts({ linkCount: 3 }))).toEqual({ kind: "hold", reason: "too-many-links" });
  });
});

describe("evaluateNewComment", () => {
  it("publishes an ordinary comment from a regular", () => {
    expect(evaluateNewComment(settings, facts())).toEqual({ kind: "publish" });
  });

  it("refuses before anything else, even for a shadow-banned member", () => {
    expect(evaluateNewComment(settings, facts({ body: "scumbag", isShadowBanned: true }))).toMatchObject({ kind: "reject" });
  });

  it("hides a shadow-banned member's comment instead of queueing it", () => {
    expect(evaluateNewComment(settings, facts({ isShadowBanned: true, authorPublishedCount: 0 }))).toEqual({ kind: "shadow" });
  });

  it("stores the most telling reason to hold", () => {
    expect(evaluateNewComment(settings, facts({ authorPublishedCount: 0, linkCount: 3 }))).toEqual({ kind: "hold", reason: "too-many-links" });
    expect(evaluateNewComment(settings, facts({ authorPublishedCount: 0 }))).toEqual({ kind: "hold", reason: "first-comments" });
  });

  it("lets moderators through the review rules but not the banned words", () => {
    expect(evaluateNewComment(settings, facts({ isTrusted: true, authorPublishedCount: 0, linkCount: 9 }))).toEqual({ kind: "publish" });
    expect(evaluateNewComment(settings, facts({ isTrusted: true, body: "scumbag" }))).toMatchObject({ kind: "reject" });
  });
});

describe("evaluateCommentEdit", () => {
  it("checks the new text, not who posted how often", () => {
    expect(evaluateCommentEdit(settings, facts({ authorPublishedCount: 0, recentByAuthor: 99 }))).toEqual({ kind: "publish" });
    expect(evaluateCommentEdit(settings, facts({ body: "scumbag" }))).toMatchObject({ kind: "reject" });
    expect(evaluateCommentEdit(settings, facts({ linkCount: 3 }))).toEqual({ kind: "hold", reason: "too-many-links" });
  });
});

describe("unverifiedRule", () => {
  it("holds an unverified author's comment while the setting is on; never a moderator's", () => {
    expect(unverifiedRule(settings, facts({ isAuthorVerified: false }))).toEqual({ kind: "hold", reason: "unverified" });
    expect(unverifiedRule({ ...settings, holdUnverifiedComments: false }, facts({ isAuthorVerified: false }))).toBeNull();
    expect(unverifiedRule(settings, facts({ isAuthorVerified: false, isTrusted: true }))).toBeNull();
    expect(unverifiedRule(settings, facts())).toBeNull();
  });
});
