import { AdminFilterForm } from "@/components/admin/admin-filter-form";
import { NEWSROOM_SEARCH_MAX_LENGTH } from "@/lib/articles/list-newsroom-articles";
import type { TNewsroomListParams } from "./newsroom-articles-href";

type TFilterOption = { id: string; name: string };

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export function NewsroomArticleFilters({ list, authors, tags }: { list: TNewsroomListParams; authors: TFilterOption[] | null; tags: TFilterOption[] }) {
  return (
    <AdminFilterForm
      action="/admin/articles"
      submitText="Filter"
      clear={list.query || list.authorId || list.tagId ? { text: "Clear" } : null}
      className="newsroom-filters"
    >
      {list.status ? <input type="hidden" name="status" value={list.status} /> : null}
      <label htmlFor="article-search">Title contains</label>
      <input id="article-search" type="search" name="q" defaultValue={list.query} maxLength={NEWSROOM_SEARCH_MAX_LENGTH} />
      {authors ? (
        <>
          <label htmlFor="article-author">Author</label>
          <select id="article-author" name="author" defaultValue={list.authorId ?? ""}>
            <option value="">Anyone</option>
            {authors.map((author) => (
              <option key={author.id} value={author.id}>
                {author.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <label htmlFor="article-tag">Tag</label>
      <select id="article-tag" name="tag" defaultValue={list.tagId ?? ""}>
        <option value="">Any tag</option>
        {tags.map((tag) => (
          <option key={tag.id} value={tag.id}>
            {tag.name}
          </option>
        ))}
      </select>
    </AdminFilterForm>
  );
}
