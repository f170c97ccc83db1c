import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";

const WIDTH = 120;
const HEIGHT = 28;

/**
 * A small trend line for a table row. Its label says in words what it shows (first, last and
 * highest value), since the row's numbers sit beside it in the table.
 */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  const max = Math.max(1, ...values);
  const x = scaleLinear().domain([0, Math.max(1, values.length - 1)]).range([2, WIDTH - 4]);
  const y = scaleLinear().domain([0, max]).range([HEIGHT - 3, 3]);
  const path = line<number>()
    .x((_, index) => x(index))
    .y((value) => y(value))(values);
  const lastIndex = values.length - 1;
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-chart="sparkline">
      {path ? <path d={path} fill="none" stroke="currentColor" strokeWidth={1.5} /> : null}
      {lastIndex >= 0 ? <circle cx={x(lastIndex)} cy={y(values[lastIndex] ?? 0)} r={2.5} fill="currentColor" /> : null}
    </svg>
  );
}

export function sparklineLabel(values: number[], unit: string): string {
  if (values.length === 0) return `No ${unit}.`;
  const number = new Intl.NumberFormat("en-US");
  return `${unit} per day, from ${number.format(values[0] ?? 0)} to ${number.format(values.at(-1) ?? 0)}, highest ${number.format(Math.max(...values))}.`;
}
