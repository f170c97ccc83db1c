/** Views in the last TRENDING_WINDOW_HOURS count, each weighing half as much every HALF_LIFE. */
export const TRENDING_WINDOW_HOURS = 24;
export const TRENDING_HALF_LIFE_HOURS = 6;
