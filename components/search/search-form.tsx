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

function invalidProps(field: TSearchField, error: string | undefined) {
  return error ? { "aria-invalid": true, "aria-describedby": `search-${field}-error` } : {};
}

type TFilterSelectProps = {
  field: "tag" | "author";
  label: string;
  anyText: string;
  choices: { value: string; label: string }[];
  value: string | undefined;
  error: string | undefined;
};

/** A topic or author filter. A value no longer offered (a link to a renamed tag) stays selectable, so the form shows what was asked. */
function FilterSelect({ field, label, anyText, choices, value, error }: TFilterSelectProps) {
  const isKnown = choices.some((choice) => choice.value === value);
  return (
    <div className="search-form__field">
      <label htmlFor={`search-${field}`}>{label}</label>
      <select id={`search-${field}`} name={field} defaultValue={value ?? ""} {...invalidProps(field, error)}>
        <option value="">{anyText}</option>
        {value && !isKnown && !error ? <option value={value}>{value}</option> : null}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <FieldError id={`search-${field}-error`} message={error} />
    </div>
  );
}

/** The search page's form: words, then optional filters. GET, so it works without JavaScript. */
export function SearchForm({ values, errors, options }: TSearchFormProps) {
  const invalid = (field: TSearchField) => invalidProps(field, errors[field]);
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
        <FilterSelect
          field="tag"
          label="Topic"
          anyText="Any topic"
          choices={options.tags.map((tag) => ({ value: tag.slug, label: tag.name }))}
          value={values.tag}
          error={errors.tag}
        />
        <FilterSelect
          field="author"
          label="Author"
          anyText="Any author"
          choices={options.authors.map((author) => ({ value: author.handle, label: author.name }))}
          value={values.author}
          error={errors.author}
        />
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
