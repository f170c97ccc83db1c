import Link from "next/link";
import type { ReactNode } from "react";
import { FormattedDate } from "@/components/ui/formatted-date";
import { articlePath, type TArticleLink } from "@/lib/articles/article-link";

type TArticleRailProps = {
  /** Also the id prefix: names the section landmark after its heading. */
  id: string;
  title: string;
  articles: TArticleLink[];
  /** Shown instead of an empty list. */
  empty: ReactNode;
  /** "video" marks each story as a video for sighted readers (the heading says it for all). */
  variant?: "numbered" | "video";
};

/** A narrow ranked list of headlines beside the front page's stories: "Trending", "Trending videos". */
export function ArticleRail({ id, title, articles, empty, variant = "numbered" }: TArticleRailProps) {
  const headingId = `${id}-heading`;
  return (
    <section className={`rail rail--${variant}`} aria-labelledby={headingId} id={id}>
      <h2 className="section-title" id={headingId}>
        {title}
      </h2>
      {articles.length === 0 ? (
        <p className="rail__empty">{empty}</p>
      ) : (
        <ol className="rail__list" role="list">
          {articles.map((article) => (
            <li key={article.id} className="rail__item">
              <Link href={articlePath(article)} className="rail__link">
                {article.title}
              </Link>
              <p className="meta">
                <FormattedDate iso={article.publishedAt} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
