// Who may comment where: the rule the page and the posting path share.
import { describe, expect, it } from "vitest";
import { commentGate, isCommentingClosed } from "@/lib/comments/comment-gate";

const now = new Date("2026-11-25T12:00:00Z");
const free = { role: "MEMBER", tier: "FREE" } as const;
const vip = { role: "MEMBER", tier: "VIP" } as const;
const editor = { role: "EDITOR", tier: "FREE" } as const;

describe("commentGate", () => {
  it("OPEN: any member; signed-out readers are asked to sign in", () => {
    const article = { commentPolicy: "OPEN", commentsCloseAt: null } as const;
    expect(commentGate(article, free, now)).toBe("open");
    expect(commentGate(article, null, now)).toBe("sign-in");
  });

  it("VIP: VIP members and staff; free members are told how to become VIP", () => {
    const article = { commentPolicy: "VIP", commentsCloseAt: null } as const;
    expect(commentGate(article, vip, now)).toBe("open");
    expect(commentGate(article, editor, now)).toBe("open");
    expect(commentGate(article, free, now)).toBe("vip-only");
    expect(commentGate(article, null, now)).toBe("sign-in");
  });

  it("CLOSED, or a closing time in the past, closes for everyone", () => {
    expect(commentGate({ commentPolicy: "CLOSED", commentsCloseAt: null }, vip, now)).toBe("closed");
    expect(commentGate({ commentPolicy: "OPEN", commentsCloseAt: "2026-11-25T11:59:59Z" }, vip, now)).toBe("closed");
    expect(isCommentingClosed({ commentPolicy: "OPEN", commentsCloseAt: new Date("2026-11-26T00:00:00Z") }, now)).toBe(false);
  });
});
