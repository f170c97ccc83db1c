import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import type { TFrontPageSection } from "@/lib/articles/list-front-page-sections";

/** "More in Politics", "More in Economy": the busiest tags' newest stories not shown above. */
export function FrontPageSections({ sections }: { sections: TFrontPageSection[] }) {
  if (sections.length === 0) return null;
  return (
    <div className="front-sections">
      {sections.map((section) => {
        const headingId = `section-${section.tag.slug}`;
        return (
          <section key={section.tag.slug} className="front-section" aria-labelledby={headingId}>
            <h2 className="section-title" id={headingId}>
              <Link href={`/tags/${encodeURIComponent(section.tag.slug)}`}>
                <span className="visually-hidden">More in </span>
                {section.tag.name}
              </Link>
            </h2>
            <ArticleList articles={section.articles} headingLevel={3} empty={null} />
          </section>
        );
      })}
    </div>
  );
}
