import { bucketLabel } from "./chart-tables";
import type { TGranularity } from "./analytics-range";

const number = new Intl.NumberFormat("en-US");

/** One sentence for a chart's text alternative: the total and the busiest bucket. */
export function describeSeries(points: { at: number; value: number }[], granularity: TGranularity, unit: string): string {
  const total = points.reduce((sum, point) => sum + point.value, 0);
  if (total === 0) return `No ${unit} in this period.`;
  const peak = points.reduce((best, point) => (point.value > best.value ? point : best));
  const per = granularity === "hour" ? "hour" : "day";
  return `${number.format(total)} ${unit} in total; the busiest ${per} was ${bucketLabel(peak.at, granularity)} with ${number.format(peak.value)}.`;
}

/** "3 h 20 min", "45 min", "under a minute". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return "under a minute";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.round(hours / 24)} days`;
}
