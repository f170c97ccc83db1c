/**
 * The search box in the site header: a plain GET form to /search, so it works without
 * JavaScript and a search is an address a reader can bookmark or share.
 */
export function SiteSearchForm() {
  return (
    <form className="site-search" role="search" action="/search" method="get" aria-label="Site search">
      <label htmlFor="site-search-q" className="visually-hidden">
        Search stories
      </label>
      <input id="site-search-q" type="search" name="q" placeholder="Search stories" maxLength={200} autoComplete="off" />
      <button type="submit">Search</button>
    </form>
  );
}
