// The shape both readers (WordPress WXR, Ghost JSON) turn an export into, item by item, so one
// writer (write-import-batch.ts) serves both. Plain data: no database ids, no Masthead types.

export type TImportFormat = "wordpress" | "ghost";

export type TSourceAuthor = {
  /** The exporting site's key for the author (WordPress login, Ghost user id). */
  key: string;
  email: string;
  name: string;
  /** Wanted author page name (/authors/<handle>): the WordPress login or Ghost slug. */
  handle: string;
  bio: string;
};

export type TSourceTag = { slug: string; name: string; description: string };

export type TSourceCommentStatus = "PUBLISHED" | "PENDING";

export type TSourceComment = {
  sourceId: string;
  /** Source id of the comment this one answers; null at the top of the thread. */
  parentSourceId: string | null;
  authorName: string;
  /** Lower-cased; empty when the commenter left none. */
  authorEmail: string;
  body: string;
  createdAt: Date;
  status: TSourceCommentStatus;
};

export type TSourcePostStatus = "PUBLISHED" | "SCHEDULED" | "DRAFT";

export type TSourcePost = {
  sourceId: string;
  /** Where the item is in the file, for messages: "item 12 (line 3456)". */
  where: string;
  slug: string;
  title: string;
  html: string;
  excerpt: string;
  status: TSourcePostStatus;
  /** Publish (or scheduled) time; null for drafts never published. */
  publishedAt: Date | null;
  authorKeys: string[];
  tagSlugs: string[];
  featuredImageUrl: string | null;
  /** WordPress: the attachment whose address is the featured image (resolved by the writer). */
  featuredAttachmentId: string | null;
  /** Old addresses that must answer with a 301 to the article, as paths: "/2026/01/x/", "/?p=12". */
  oldPaths: string[];
  comments: TSourceComment[];
  /** Comments left behind (spam, trash, pingbacks), with the reason. */
  skippedComments: TSourceSkip[];
};

/** A thing in the file that does not come over, with the reason (shown in the report). */
export type TSourceSkip = { where: string; reason: string };

export type TSourceEvent =
  | { kind: "site"; siteUrl: string }
  | { kind: "author"; author: TSourceAuthor }
  | { kind: "tag"; tag: TSourceTag }
  | { kind: "post"; post: TSourcePost }
  | { kind: "attachment"; id: string; url: string }
  | { kind: "skip"; skip: TSourceSkip; comments: number };
