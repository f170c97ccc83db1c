import { scaleBand } from "d3-scale";
import { useId } from "react";
import { CHART_HEIGHT, CHART_WIDTH, formatNumber, formatTick, MARGIN, valueScale } from "./chart-scales";
import styles from "./charts.module.css";

export type TCommentBar = { at: number; comments: number; held: number };

type TCommentBarChartProps = { title: string; summary: string; days: TCommentBar[] };

/**
 * Comments per day as bars, the part held for moderation drawn hatched at the bottom of each
 * bar (a pattern, not a colour, tells the two apart), with a legend in words.
 */
export function CommentBarChart({ title, summary, days }: TCommentBarChartProps) {
  const id = useId();
  const patternId = `${id}-held`;
  const max = Math.max(0, ...days.map((day) => day.comments));
  const y = valueScale(max);
  const x = scaleBand<number>()
    .domain(days.map((day) => day.at))
    .range([MARGIN.left, CHART_WIDTH - MARGIN.right])
    .padding(0.2);
  const labelEvery = Math.max(1, Math.ceil(days.length / 8));
  return (
    <figure className={styles.figure}>
      <svg className={styles.chart} viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} data-chart="bars">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <defs>
          <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className={styles.heldBackground} />
            <line x1="0" y1="0" x2="0" y2="6" className={styles.hatch} />
          </pattern>
        </defs>
        {y.ticks(5).map((tick) => (
          <g key={`y${tick}`}>
            <line className={styles.grid} x1={MARGIN.left} x2={CHART_WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text className={styles.tick} x={MARGIN.left - 8} y={y(tick)} dy="0.32em" textAnchor="end">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {days.map((day, index) => {
          const left = x(day.at) ?? 0;
          return (
            <g key={day.at}>
              <rect className={styles.bar} x={left} width={x.bandwidth()} y={y(day.comments)} height={y(0) - y(day.comments)} />
              {day.held > 0 ? <rect className={styles.heldBar} fill={`url(#${patternId})`} x={left} width={x.bandwidth()} y={y(day.held)} height={y(0) - y(day.held)} /> : null}
              {index % labelEvery === 0 ? (
                <text className={styles.tick} x={left + x.bandwidth() / 2} y={CHART_HEIGHT - MARGIN.bottom + 18} textAnchor="middle">
                  {formatTick(new Date(day.at), "day")}
                </text>
              ) : null}
            </g>
          );
        })}
        <line className={styles.axis} x1={MARGIN.left} x2={CHART_WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} />
      </svg>
      <figcaption className={styles.caption}>
        <span className={styles.legend}>
          <svg width="14" height="14" aria-hidden="true">
            <rect width="14" height="14" className={styles.bar} />
          </svg>
          all comments
        </span>
        <span className={styles.legend}>
          <svg width="14" height="14" aria-hidden="true">
            <rect width="14" height="14" fill={`url(#${patternId})`} className={styles.heldBar} />
          </svg>
          held for moderation (hatched)
        </span>
        {summary} Days are UTC.
      </figcaption>
    </figure>
  );
}
