import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KeysetArticleList } from "@/components/articles/keyset-article-list";
import { ListPageHeader } from "@/components/articles/list-page-header";
import { archiveMonthLabel, archiveMonthPath, parseArchiveMonth } from "@/lib/archive/archive-month";
import { listArchiveMonths } from "@/lib/archive/list-archive-months";
import { listPageMetadata } from "@/lib/articles/list-page-metadata";
import { afterCursor, type TSearchParams } from "@/lib/pagination/after-cursor";

type TArchiveMonthPageProps = { params: Promise<{ year: string; month: string }>; searchParams: Promise<TSearchParams> };

export async function generateMetadata({ params, searchParams }: TArchiveMonthPageProps): Promise<Metadata> {
  const { year, month } = await params;
  const parsed = parseArchiveMonth(year, month);
  if (!parsed) return { title: "Page not found" };
  const label = archiveMonthLabel(parsed);
  return listPageMetadata({ title: `Stories from ${label}`, description: `Every story published in ${label}.`, canonical: archiveMonthPath(parsed) }, searchParams);
}

export default async function ArchiveMonthPage({ params, searchParams }: TArchiveMonthPageProps) {
  const { year, month: monthNumber } = await params;
  const month = parseArchiveMonth(year, monthNumber);
  if (!month) notFound();
  const label = archiveMonthLabel(month);
  // Neighbouring months that have stories, from the cached list of months (newest first); a
  // month without stories still links to the nearest ones, so a guessed address is no dead end.
  const months = await listArchiveMonths();
  const key = (entry: typeof month) => entry.year * 12 + entry.month;
  const later = months.filter((entry) => key(entry) > key(month)).at(-1);
  const earlier = months.find((entry) => key(entry) < key(month));

  return (
    <div className="page">
      <ListPageHeader kicker={<Link href="/archive">Archive</Link>} title={label} />
      <KeysetArticleList
        filter={{ month }}
        cursor={await afterCursor(searchParams)}
        path={archiveMonthPath(month)}
        heading={{ first: `Stories from ${label}`, later: `Earlier stories from ${label}`, visible: false }}
        empty={
          <p>
            No stories were published in {label}. <Link href="/archive">See the months that have stories</Link>
          </p>
        }
        laterEmpty={`There are no earlier stories from ${label}.`}
        pager={{
          label: `More stories from ${label}`,
          nextText: "Earlier stories",
          firstText: "Back to the latest of the month",
          backText: "Back to the start of the month",
        }}
      />
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
