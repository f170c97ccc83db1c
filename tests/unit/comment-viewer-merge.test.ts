// A reader's own unpublished comments merged into the shared thread, without touching it.
import { describe, expect, it } from "vitest";
import type { TThreadComment } from "@/lib/comments/comment-thread";
import { extrasWithin, mergeViewerComments, type TViewerExtraComment } from "@/lib/comments/viewer-comments";

function comment(id: string, depth: number, createdAt: string, replies: TThreadComment[] = []): TThreadComment {
  return { id, authorName: id, body: id, createdAt, editedAt: null, depth, likeCount: 0, isFeatured: false, isDeleted: false, replies };
}

function extra(id: string, parentId: string | null, depth: number, createdAt: string): TViewerExtraComment {
  return { ...comment(id, depth, createdAt), parentId, isAwaitingReview: true };
}

describe("mergeViewerComments", () => {
  const thread = [comment("a", 0, "2026-01-01T00:00:00Z", [comment("a1", 1, "2026-01-01T01:00:00Z")]), comment("b", 0, "2026-01-02T00:00:00Z")];

  it("puts replies under their parents in time order and new top-level comments on the first page", () => {
    const merged = mergeViewerComments(
      thread,
      [extra("mine-top", null, 0, "2026-01-03T00:00:00Z"), extra("mine-reply", "a", 1, "2026-01-01T00:30:00Z"), extra("mine-deep", "mine-reply", 2, "2026-01-04T00:00:00Z")],
      { isFirstPage: true, newestFirst: false },
    );
    expect(merged.map((c) => c.id)).toEqual(["a", "b", "mine-top"]);
    expect(merged[0]?.replies.map((c) => c.id)).toEqual(["mine-reply", "a1"]);
    expect(merged[0]?.replies[0]?.replies.map((c) => c.id)).toEqual(["mine-deep"]);
    expect(thread[0]?.replies).toHaveLength(1);
  });

  it("shows new top-level comments first when the newest come first, and not on later pages", () => {
    const top = [extra("mine", null, 0, "2026-01-03T00:00:00Z")];
    expect(mergeViewerComments(thread, top, { isFirstPage: true, newestFirst: true }).map((c) => c.id)).toEqual(["mine", "a", "b"]);
    expect(mergeViewerComments(thread, top, { isFirstPage: false, newestFirst: false }).map((c) => c.id)).toEqual(["a", "b"]);
  });

  it("drops replies whose parent is not on the page", () => {
    expect(mergeViewerComments(thread, [extra("orphan", "elsewhere", 1, "2026-01-03T00:00:00Z")], { isFirstPage: true, newestFirst: false })).toHaveLength(2);
  });
});

describe("extrasWithin", () => {
  it("keeps only the comments inside one conversation", () => {
    const found = extrasWithin("a", [thread()[0] as TThreadComment], [
      extra("in", "a1", 2, "2026-01-05T00:00:00Z"),
      extra("out", "b", 1, "2026-01-05T00:00:00Z"),
      extra("a", null, 0, "2026-01-05T00:00:00Z"),
    ]);
    expect(found.map((c) => c.id).sort()).toEqual(["a", "in"]);
  });

  function thread(): TThreadComment[] {
    return [comment("a", 0, "2026-01-01T00:00:00Z", [comment("a1", 1, "2026-01-01T01:00:00Z")])];
  }
});
