import type { TSearchFilterOptions } from "@/lib/search/list-search-filter-options";
import type { TParsedSearch, TSearchField } from "@/lib/search/search-request";

type TSearchFormProps = {
  /** What the reader typed, as they typed it, to fill the fields back in. */
  values: Partial<Record<TSearchField, string>>;
  errors: TParsedSearch["errors"];
  options: TSearchFilterOptions;
};

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="search-form__error">
      {message}
    </p>
  );
}

/** The search page's form: words, then optional filters. GET, so it works without JavaScript. */
export function SearchForm({ values, errors, options }: TSearchFormProps) {
  const invalid = (field: TSearchField) => (errors[field] ? { "aria-invalid": true, "aria-describedby": `search-${field}-error` } : {});
  const knownTag = options.tags.some((tag) => tag.slug === values.tag);
  const knownAuthor = options.authors.some((author) => author.handle === values.author);
  return (
    <form className="search-form" role="search" action="/search" method="get" aria-label="Search stories">
      <div className="search-form__query">
        <label htmlFor="search-q">Search for</label>
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={values.q ?? ""}
          maxLength={200}
          autoComplete="off"
          {...invalid("q")}
        />
        <button type="submit">Search</button>
      </div>
      <FieldError id="search-q-error" message={errors.q} />
      <fieldset className="search-form__filters">
        <legend>Narrow it down (optional)</legend>
        <div className="search-form__field">
          <label htmlFor="search-tag">Topic</label>
          <select id="search-tag" name="tag" defaultValue={values.tag ?? ""} {...invalid("tag")}>
            <option value="">Any topic</option>
            {values.tag && !knownTag && !errors.tag ? <option value={values.tag}>{values.tag}</option> : null}
            {options.tags.map((tag) => (
              <option key={tag.slug} value={tag.slug}>
                {tag.name}
              </option>
            ))}
          </select>
          <FieldError id="search-tag-error" message={errors.tag} />
        </div>
        <div className="search-form__field">
          <label htmlFor="search-author">Author</label>
          <select id="search-author" name="author" defaultValue={values.author ?? ""} {...invalid("author")}>
            <option value="">Any author</option>
            {values.author && !knownAuthor && !errors.author ? <option value={values.author}>{values.author}</option> : null}
            {options.authors.map((author) => (
              <option key={author.handle} value={author.handle}>
                {author.name}
              </option>
            ))}
          </select>
          <FieldError id="search-author-error" message={errors.author} />
        </div>
        <div className="search-form__field">
          <label htmlFor="search-from">Published from</label>
          <input id="search-from" type="date" name="from" defaultValue={values.from ?? ""} {...invalid("from")} />
          <FieldError id="search-from-error" message={errors.from} />
        </div>
        <div className="search-form__field">
          <label htmlFor="search-to">Published until</label>
          <input id="search-to" type="date" name="to" defaultValue={values.to ?? ""} {...invalid("to")} />
          <FieldError id="search-to-error" message={errors.to} />
        </div>
      </fieldset>
    </form>
  );
}
