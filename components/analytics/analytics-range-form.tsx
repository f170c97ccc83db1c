import type { TAnalyticsRange, TRangeProblem } from "@/lib/analytics/analytics-range";
import { DAY_MS, isoDay } from "@/lib/analytics/analytics-range";

/** The period form: a plain GET form, so it works without JavaScript and every view has an address. */
export function AnalyticsRangeForm({ action, range, problems }: { action: string; range: TAnalyticsRange; problems: TRangeProblem[] }) {
  return (
    <form method="get" action={action} className="admin-search" aria-label="Period">
      <label htmlFor="analytics-from">From</label>
      <input id="analytics-from" name="from" type="date" defaultValue={isoDay(range.from)} required />
      <label htmlFor="analytics-to">To</label>
      <input id="analytics-to" name="to" type="date" defaultValue={isoDay(range.until.getTime() - DAY_MS)} required />
      <label htmlFor="analytics-granularity">Views by</label>
      <select id="analytics-granularity" name="granularity" defaultValue={range.granularity}>
        <option value="hour">hour</option>
        <option value="day">day</option>
      </select>
      <button type="submit" className="button">
        Show
      </button>
      {problems.length > 0 ? (
        <ul className="form-message" role="status">
          {problems.map((problem) => (
            <li key={`${problem.field}${problem.message}`}>{problem.message}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
