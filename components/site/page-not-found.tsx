import Link from "next/link";

/**
 * What every "not found" says. Reads neither the request nor the database: it is rendered
 * inside cached reader pages too (docs/decisions/0011-reader-page-cache.md).
 */
export function PageNotFound() {
  return (
    <div className="page page--narrow">
      <h1>We could not find that page</h1>
      <p className="lede">
        The link may be mistyped, or the story may have moved or been taken down. Try the{" "}
        <Link href="/">front page</Link> for the latest stories, or <Link href="/search">search</Link>.
      </p>
    </div>
  );
}
