import type { Metadata } from "next";
import Link from "next/link";
import { NotFoundPage } from "@/components/site/not-found-page";
import { ArticleList } from "@/components/articles/article-list";
import { Pager } from "@/components/ui/pager";
import { archiveMonthLabel, archiveMonthPath, parseArchiveMonth, type TArchiveMonth } from "@/lib/archive/archive-month";
import { listArchiveMonths } from "@/lib/archive/list-archive-months";
import { listMonthArticles } from "@/lib/archive/list-month-articles";
import { decodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { singleSearchParam } from "@/lib/pagination/single-search-param";

type TArchiveMonthPageProps = {
  params: Promise<{ year: string; month: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: TArchiveMonthPageProps): Promise<Metadata> {
  const { year, month } = await params;
  const parsed = parseArchiveMonth(year, month);
  if (!parsed) return { title: "Page not found" };
  const isLaterPage = decodeKeysetCursor(singleSearchParam((await searchParams).after)) !== null;
  const label = archiveMonthLabel(parsed);
  return {
    title: `Stories from ${label}`,
    description: `Every story published in ${label}.`,
    alternates: { canonical: archiveMonthPath(parsed) },
    robots: isLaterPage ? { index: false, follow: true } : undefined,
  };
}

export default async function ArchiveMonthPage({ params, searchParams }: TArchiveMonthPageProps) {
  const { year, month: monthNumber } = await params;
  const month = parseArchiveMonth(year, monthNumber);
  if (!month) return <NotFoundPage />;
  // A cursor that does not decode (mistyped, truncated, forged) means the first page.
  const cursor = decodeKeysetCursor(singleSearchParam((await searchParams).after));
  const [page, months] = await Promise.all([listMonthArticles(month, cursor), listArchiveMonths()]);
  const path = archiveMonthPath(month);
  const label = archiveMonthLabel(month);
  const isLaterPage = cursor !== null;
  // Neighbouring months that have stories, from the cached list of months (newest first); a
  // month without stories still links to the nearest ones, so a guessed address is no dead end.
  const key = (entry: TArchiveMonth) => entry.year * 12 + entry.month;
  const later = months.filter((entry) => key(entry) > key(month)).at(-1);
  const earlier = months.find((entry) => key(entry) < key(month));

  return (
    <div className="page">
      <header className="profile">
        <p className="profile__kicker">
          <Link href="/archive">Archive</Link>
        </p>
        <h1 className="page-title">{label}</h1>
      </header>
      <section aria-labelledby="stories-heading">
        <h2 id="stories-heading" className="visually-hidden">
          {isLaterPage ? `Earlier stories from ${label}` : `Stories from ${label}`}
        </h2>
        <ArticleList
          articles={page.articles}
          headingLevel={3}
          empty={
            isLaterPage ? (
              <p>
                There are no earlier stories from {label}. <Link href={path}>Back to the start of the month</Link>
              </p>
            ) : (
              <p>
                No stories were published in {label}. <Link href="/archive">See the months that have stories</Link>
              </p>
            )
          }
        />
        <Pager
          label={`More stories from ${label}`}
          nextHref={page.nextCursor ? `${path}?after=${page.nextCursor}` : null}
          nextText="Earlier stories"
          firstHref={isLaterPage ? path : null}
          firstText="Back to the latest of the month"
        />
      </section>
      {earlier || later ? (
        <nav className="archive-neighbours" aria-label="Other months">
          {earlier ? (
            <Link href={archiveMonthPath(earlier)} rel="prev">
              <span aria-hidden="true">←</span> {archiveMonthLabel(earlier)}
            </Link>
          ) : null}
          {later ? (
            <Link href={archiveMonthPath(later)} rel="next" className="archive-neighbours__later">
              {archiveMonthLabel(later)} <span aria-hidden="true">→</span>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
