import { scaleLinear, scaleUtc } from "d3-scale";

// Shared geometry of the newsroom's charts: d3-scale does the arithmetic (nice ticks, UTC time
// ticks), and the charts render plain SVG on the server (docs/decisions/0017-newsroom-analytics.md).

export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 260;
export const MARGIN = { top: 16, right: 16, bottom: 36, left: 56 };

export function valueScale(max: number, height = CHART_HEIGHT) {
  return scaleLinear()
    .domain([0, Math.max(1, max)])
    .nice(5)
    .range([height - MARGIN.bottom, MARGIN.top]);
}

export function timeScale(first: number, last: number, width = CHART_WIDTH) {
  return scaleUtc()
    .domain([new Date(first), new Date(Math.max(last, first + 1))])
    .range([MARGIN.left, width - MARGIN.right]);
}

const number = new Intl.NumberFormat("en-US");
export function formatNumber(value: number): string {
  return number.format(value);
}

const dayLabel = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const hourLabel = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

export function formatTick(at: Date, granularity: "hour" | "day"): string {
  return granularity === "hour" && (at.getUTCHours() !== 0 || at.getUTCMinutes() !== 0) ? hourLabel.format(at) : dayLabel.format(at);
}
