import type { TArticleDocument } from "@/lib/content/document-schema";

/** Who the demo content names: the staff bylines and the member accounts of DEMO_SIGN_INS. */
export type TDemoByline = "eleanor" | "marcus" | "priya";
export type TDemoPerson = TDemoByline | "victoria" | "sam" | "jordan" | "riley";

export type TDemoTagSlug = "politics" | "economy" | "climate" | "technology" | "culture" | "world" | "opinion" | "video";

export type TDemoComment = {
  by: TDemoPerson;
  body: string;
  /** Pending comments fill the moderation queue; everything else is published. */
  status: "PUBLISHED" | "PENDING";
  replies: TDemoComment[];
};

export type TDemoArticle = {
  slug: string;
  title: string;
  dek: string;
  /** In byline order. */
  authors: TDemoByline[];
  tags: TDemoTagSlug[];
  /** Hours before the seed runs, so the demo always looks freshly published. */
  hoursAgo: number;
  commentPolicy?: "VIP" | "CLOSED";
  videoUrl?: string;
  body: TArticleDocument;
  comments: TDemoComment[];
};
