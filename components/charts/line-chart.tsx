import { line } from "d3-shape";
import { useId } from "react";
import { CHART_HEIGHT, CHART_WIDTH, formatNumber, formatTick, MARGIN, timeScale, valueScale } from "./chart-scales";
import styles from "./charts.module.css";

export type TLinePoint = { at: number; value: number };

type TLineChartProps = {
  title: string;
  /** One sentence a screen reader hears instead of the picture: the total and the peak. */
  summary: string;
  points: TLinePoint[];
  granularity: "hour" | "day";
  valueLabel: string;
};

/**
 * A line chart rendered to SVG on the server (no client JavaScript). Shape carries the data,
 * not colour: the line, a dot on every point when there are few, the peak labelled with its
 * number; the figures themselves are in the table the page puts beside it.
 */
export function LineChart({ title, summary, points, granularity, valueLabel }: TLineChartProps) {
  const id = useId();
  const first = points[0]?.at ?? 0;
  const last = points.at(-1)?.at ?? first;
  const max = Math.max(0, ...points.map((point) => point.value));
  const x = timeScale(first, last);
  const y = valueScale(max);
  const path = line<TLinePoint>()
    .x((point) => x(new Date(point.at)))
    .y((point) => y(point.value))(points);
  const peak = points.find((point) => point.value === max && max > 0);
  const xTicks = x.ticks(granularity === "hour" && points.length <= 48 ? 8 : 6);
  return (
    <figure className={styles.figure}>
      <svg className={styles.chart} viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} data-chart="line">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {y.ticks(5).map((tick) => (
          <g key={`y${tick}`}>
            <line className={styles.grid} x1={MARGIN.left} x2={CHART_WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text className={styles.tick} x={MARGIN.left - 8} y={y(tick)} dy="0.32em" textAnchor="end">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {xTicks.map((tick) => (
          <text key={`x${tick.getTime()}`} className={styles.tick} x={x(tick)} y={CHART_HEIGHT - MARGIN.bottom + 18} textAnchor="middle">
            {formatTick(tick, granularity)}
          </text>
        ))}
        <line className={styles.axis} x1={MARGIN.left} x2={CHART_WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} />
        <text className={styles.axisLabel} x={12} y={MARGIN.top} transform={`rotate(-90 12 ${MARGIN.top})`} textAnchor="end">
          {valueLabel}
        </text>
        {path ? <path className={styles.line} d={path} /> : null}
        {points.length <= 62
          ? points.map((point) => <circle key={point.at} className={styles.dot} cx={x(new Date(point.at))} cy={y(point.value)} r={3} />)
          : null}
        {peak ? (
          <text className={styles.peak} x={x(new Date(peak.at))} y={y(peak.value) - 8} textAnchor="middle">
            {`peak ${formatNumber(peak.value)}`}
          </text>
        ) : null}
      </svg>
      <figcaption className={styles.caption}>{summary} Times are UTC.</figcaption>
    </figure>
  );
}
