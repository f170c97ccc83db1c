// Items done and left, and an estimate of the time left, for the admin page and the command line.

export type TImportProgress = { done: number; total: number; startedAt: Date; now: Date };

export function secondsLeft({ done, total, startedAt, now }: TImportProgress): number | null {
  const elapsed = (now.getTime() - startedAt.getTime()) / 1000;
  if (done <= 0 || total <= done || elapsed <= 0) return done >= total && total > 0 ? 0 : null;
  return Math.ceil((elapsed / done) * (total - done));
}

export function describeTimeLeft(seconds: number | null): string {
  if (seconds === null) return "estimating time left";
  if (seconds < 60) return `about ${seconds} s left`;
  return `about ${Math.ceil(seconds / 60)} min left`;
}

/** "12,000 of 21,000 items (57%), 9,000 left, about 8 s left" */
export function describeProgress(progress: TImportProgress): string {
  const { done, total } = progress;
  const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
  const format = (n: number) => n.toLocaleString("en-US");
  return `${format(done)} of ${format(total)} items (${percent}%), ${format(Math.max(total - done, 0))} left, ${describeTimeLeft(secondsLeft(progress))}`;
}
