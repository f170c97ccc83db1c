import type { Metadata } from "next";
import Link from "next/link";
import { archiveMonthLabel, archiveMonthPath } from "@/lib/archive/archive-month";
import { listArchiveMonths, type TArchiveMonthSummary } from "@/lib/archive/list-archive-months";

export const metadata: Metadata = {
  title: "Archive",
  description: "Every published story, month by month.",
  alternates: { canonical: "/archive" },
};

const number = new Intl.NumberFormat("en-US");

function byYear(months: TArchiveMonthSummary[]): [number, TArchiveMonthSummary[]][] {
  const years = new Map<number, TArchiveMonthSummary[]>();
  for (const month of months) years.set(month.year, [...(years.get(month.year) ?? []), month]);
  return [...years.entries()];
}

export default async function ArchivePage() {
  const months = await listArchiveMonths();
  return (
    <div className="page page--narrow">
      <h1 className="page-title">Archive</h1>
      {months.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">Nothing has been published yet.</p>
          <p>Stories will be listed here by month as soon as the newsroom publishes them.</p>
        </div>
      ) : (
        byYear(months).map(([year, yearMonths]) => (
          <section key={year} aria-labelledby={`archive-${year}`} className="archive-year">
            <h2 id={`archive-${year}`} className="section-title">
              {year}
            </h2>
            <ul role="list" className="archive-months">
              {yearMonths.map((month) => (
                <li key={month.month}>
                  <Link href={archiveMonthPath(month)}>{archiveMonthLabel(month)}</Link>{" "}
                  <span className="archive-months__count">
                    {number.format(month.count)} {month.count === 1 ? "story" : "stories"}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
