import Link from "next/link";
import { articleListRoute } from "@/components/articles/article-list-route";
import { archiveMonthLabel, archiveMonthPath, parseArchiveMonth, type TArchiveMonth } from "@/lib/archive/archive-month";
import { listArchiveMonths } from "@/lib/archive/list-archive-months";

// A month's stories: one list page (components/articles/article-list-route.tsx) with its words,
// and links to the neighbouring months.
const route = articleListRoute(async ({ year, month: monthNumber }: { year: string; month: string }) => {
  const month = parseArchiveMonth(year, monthNumber);
  if (!month) return null;
  const label = archiveMonthLabel(month);
  return {
    header: { kicker: <Link href="/archive">Archive</Link>, title: label },
    meta: { title: `Stories from ${label}`, description: `Every story published in ${label}.` },
    list: {
      filter: { month },
      heading: { first: `Stories from ${label}`, later: `Earlier stories from ${label}`, visible: false },
      empty: (
        <p>
          No stories were published in {label}. <Link href="/archive">See the months that have stories</Link>
        </p>
      ),
      laterEmpty: `There are no earlier stories from ${label}.`,
      pager: {
        label: `More stories from ${label}`,
        nextText: "Earlier stories",
        firstText: "Back to the latest of the month",
        backText: "Back to the start of the month",
      },
    },
    footer: <MonthNeighbours month={month} />,
  };
});

export default route.Page;
export const generateMetadata = route.generateMetadata;

/**
 * Neighbouring months that have stories, from the cached list of months (newest first); a
 * month without stories still links to the nearest ones, so a guessed address is no dead end.
 */
async function MonthNeighbours({ month }: { month: TArchiveMonth }) {
  const months = await listArchiveMonths();
  const key = (entry: TArchiveMonth) => entry.year * 12 + entry.month;
  const later = months.filter((entry) => key(entry) > key(month)).at(-1);
  const earlier = months.find((entry) => key(entry) < key(month));
  if (!earlier && !later) return null;
  return (
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
  );
}
