import Link from "next/link";
import { NEWSROOM_SEARCH_MAX_LENGTH } from "@/lib/articles/list-newsroom-articles";
import type { TNewsroomListParams } from "./newsroom-articles-href";

type TFilterOption = { id: string; name: string };

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export function NewsroomArticleFilters({ list, authors, tags }: { list: TNewsroomListParams; authors: TFilterOption[] | null; tags: TFilterOption[] }) {
  return (
    <form className="admin-search newsroom-filters" action="/admin/articles" method="get" role="search">
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
      <button type="submit" className="button">
        Filter
      </button>
      {list.query || list.authorId || list.tagId ? <Link href="/admin/articles">Clear</Link> : null}
    </form>
  );
}
