import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { unstable_rethrow } from "next/navigation";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import type { TArticleSummary } from "@/lib/articles/article-summary";
import { logError } from "@/lib/log";

export const metadata: Metadata = { title: "Page not found" };

const SUGGESTION_COUNT = 5;

async function latestStories(): Promise<TArticleSummary[]> {
  try {
    const page = await listPublishedArticles();
    return page.articles.slice(0, SUGGESTION_COUNT);
  } catch (error) {
    unstable_rethrow(error);
    // A 404 page must work even when the database does not: show the links without the list.
    logError("not-found page: could not list latest stories", error);
    return [];
  }
}

export default async function NotFound() {
  // Read at request time: `next build` must not need a database (docs/decisions/0003).
  await connection();
  const stories = await latestStories();
  return (
    <div className="page page--narrow">
      <h1>We could not find that page</h1>
      <p className="lede">
        The link may be mistyped, or the story may have moved or been taken down. Try the{" "}
        <Link href="/">front page</Link>, or one of our latest stories.
      </p>
      {stories.length > 0 ? (
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">Latest stories</h2>
          <ul className="link-list">
            {stories.map((story) => (
              <li key={story.id}>
                <Link href={`/articles/${encodeURIComponent(story.slug)}`}>{story.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <Link href="/">Go to the front page</Link>
      </p>
    </div>
  );
}
