// One WXR item as the reader collects it → what the writer gets: statuses, comments' approval
// states (spam and trash skipped, pending kept pending), old addresses, tags, featured image.
import { describe, expect, it } from "vitest";
import { wordpressPost, type TWordpressItem } from "@/lib/import/wordpress-item";

function item(fields: Record<string, string>, comments: Record<string, string>[] = []): TWordpressItem {
  return {
    where: "item 1 (line 10)",
    fields: { title: "A story", "wp:post_type": "post", "wp:post_id": "42", "wp:status": "publish", "wp:post_name": "a-story", "wp:post_date_gmt": "2026-03-04 05:06:07", link: "https://old.example.org/2026/03/a-story/", "dc:creator": "jdoe", ...fields },
    categories: [
      { domain: "category", nicename: "uncategorized", name: "Uncategorized" },
      { domain: "category", nicename: "politics", name: "Politics" },
      { domain: "post_tag", nicename: "budget", name: "Budget" },
    ],
    meta: [
      { name: "wp:meta_key", value: "_thumbnail_id" },
      { name: "wp:meta_value", value: "77" },
    ],
    comments,
  };
}

const comment = (id: string, approved: string, extra: Record<string, string> = {}) => ({
  "wp:comment_id": id,
  "wp:comment_author": `Reader ${id}`,
  "wp:comment_author_email": `Reader${id}@Example.COM`,
  "wp:comment_content": `<p>Comment ${id}</p>`,
  "wp:comment_approved": approved,
  "wp:comment_type": "comment",
  "wp:comment_parent": "0",
  "wp:comment_date_gmt": "2026-03-05 00:00:00",
  ...extra,
});

describe("wordpressPost", () => {
  it("maps a published post: date, slug, author, tags (not WordPress's placeholder category), thumbnail, old addresses", () => {
    const [event] = wordpressPost(item({}));
    expect(event?.kind).toBe("post");
    if (event?.kind !== "post") return;
    expect(event.post).toMatchObject({
      sourceId: "42",
      slug: "a-story",
      status: "PUBLISHED",
      publishedAt: new Date("2026-03-04T05:06:07Z"),
      authorKeys: ["jdoe"],
      tagSlugs: ["politics", "budget"],
      featuredAttachmentId: "77",
      oldPaths: ["/2026/03/a-story/", "/?p=42"],
    });
  });

  it("keeps drafts, private and pending posts as drafts and scheduled ones scheduled; skips trash and pages", () => {
    const status = (wpStatus: string) => {
      const [event] = wordpressPost(item({ "wp:status": wpStatus }));
      return event?.kind === "post" ? event.post.status : event?.kind;
    };
    expect([status("draft"), status("private"), status("pending"), status("future"), status("trash")]).toEqual(["DRAFT", "DRAFT", "DRAFT", "SCHEDULED", "skip"]);
    expect(wordpressPost(item({ "wp:post_type": "page" }))[0]?.kind).toBe("skip");
    expect(wordpressPost(item({ "wp:post_type": "attachment", "wp:attachment_url": "https://old.example.org/a.jpg" }))[0]).toEqual({ kind: "attachment", id: "42", url: "https://old.example.org/a.jpg" });
  });

  it("keeps approved and pending comments, skips spam, trash and pingbacks with the reason", () => {
    const [event] = wordpressPost(
      item({}, [comment("1", "1"), comment("2", "0", { "wp:comment_parent": "1" }), comment("3", "spam"), comment("4", "trash"), comment("5", "1", { "wp:comment_type": "pingback" })]),
    );
    if (event?.kind !== "post") throw new Error("expected a post");
    expect(event.post.comments.map((c) => [c.sourceId, c.status, c.parentSourceId, c.authorEmail, c.body])).toEqual([
      ["1", "PUBLISHED", null, "reader1@example.com", "Comment 1"],
      ["2", "PENDING", "1", "reader2@example.com", "Comment 2"],
    ]);
    expect(event.post.skippedComments.map((skip) => skip.where)).toEqual(["comment 3", "comment 4", "comment 5"]);
    expect(event.post.skippedComments[0]?.reason).toMatch(/spam/);
  });
});
