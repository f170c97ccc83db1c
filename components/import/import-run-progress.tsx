import { describeProgress } from "@/lib/import/import-progress";
import type { TImportRunView } from "@/lib/import/list-import-runs";

/** The progress bar with items done, items left and time left; a plain <progress>, no script. */
export function ImportRunProgress({ run, now }: { run: TImportRunView; now: Date }) {
  const total = run.totalItems;
  const isChecking = run.status === "RUNNING" && total === 0;
  const label = isChecking ? "Reading the whole file first, to be sure it is complete…" : describeProgress({ done: run.doneItems, total, startedAt: run.startedAt ?? run.createdAt, now });
  return (
    <div className="import-progress">
      <label htmlFor={`import-progress-${run.id}`}>{run.dryRun ? "Checking" : "Importing"} {run.fileName}</label>{" "}
      {isChecking || run.status === "QUEUED" ? (
        <progress id={`import-progress-${run.id}`} aria-describedby={`import-progress-text-${run.id}`} />
      ) : (
        <progress id={`import-progress-${run.id}`} value={run.doneItems} max={Math.max(total, 1)} aria-describedby={`import-progress-text-${run.id}`} />
      )}
      <p id={`import-progress-text-${run.id}`} className="meta">
        {run.status === "QUEUED" ? "Waiting to start…" : label}
      </p>
    </div>
  );
}
