import type { ArticleStatus } from "@/lib/generated/prisma/enums";

export type TNewsroomListParams = { status: ArticleStatus | null; authorId: string | null; tagId: string | null; query: string };

export const NEWSROOM_TABS: { label: string; status: ArticleStatus | null }[] = [
  { label: "All", status: null },
  { label: "Drafts", status: "DRAFT" },
  { label: "In review", status: "IN_REVIEW" },
  { label: "Scheduled", status: "SCHEDULED" },
  { label: "Published", status: "PUBLISHED" },
  { label: "Archived", status: "ARCHIVED" },
];

export function newsroomArticlesHref(list: TNewsroomListParams, after?: string): string {
  const params = new URLSearchParams();
  if (list.status) params.set("status", list.status);
  if (list.authorId) params.set("author", list.authorId);
  if (list.tagId) params.set("tag", list.tagId);
  if (list.query) params.set("q", list.query);
  if (after) params.set("after", after);
  const search = params.toString();
  return search ? `/admin/articles?${search}` : "/admin/articles";
}
