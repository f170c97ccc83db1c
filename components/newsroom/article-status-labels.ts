import type { ArticleStatus } from "@/lib/generated/prisma/enums";

export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};

export const JOB_KIND_LABELS: Record<string, string> = {
  "article.publish": "Publish",
  "article.unpublish": "Unpublish",
};
