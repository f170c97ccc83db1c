import "server-only";
import { logError, logInfo } from "@/lib/log";
import { countLeftoverComments } from "@/lib/comments/count-new-comments";
import { runDueJobs } from "./run-due-jobs";

export const JOB_POLL_MILLISECONDS = 5_000;

type TRunnerState = { timer: NodeJS.Timeout; isTicking: boolean };

// On globalThis so a development reload of this module does not start a second runner.
const globalForRunner = globalThis as unknown as { masthead_jobRunner?: TRunnerState };

/**
 * Starts polling for due jobs every 5 s in this server process, and runs once at once so jobs
 * that fell due while the server was down run at boot (docs/decisions/0007-job-runner.md).
 * The timer is unref'd: it never keeps a process alive. A tick that is still running when the
 * next is due is skipped rather than overlapped. Errors are logged, never thrown.
 */
export function startJobRunner(): void {
  if (globalForRunner.masthead_jobRunner) return;
  const state: TRunnerState = { timer: setInterval(() => void tick(state), JOB_POLL_MILLISECONDS), isTicking: false };
  state.timer.unref();
  globalForRunner.masthead_jobRunner = state;
  logInfo("job runner started", { pollMilliseconds: JOB_POLL_MILLISECONDS });
  void tick(state);
}

export function stopJobRunner(): void {
  const state = globalForRunner.masthead_jobRunner;
  if (!state) return;
  clearInterval(state.timer);
  delete globalForRunner.masthead_jobRunner;
}

async function tick(state: TRunnerState): Promise<void> {
  if (state.isTicking) return;
  state.isTicking = true;
  try {
    await runDueJobs();
    // Comments a failed step or a crash left out of their article's count (lib/comments/count-new-comments.ts).
    await countLeftoverComments();
  } catch (error) {
    // The database may be restarting: the next tick tries again.
    logError("job runner tick failed", error, { component: "job-runner" });
  } finally {
    state.isTicking = false;
  }
}
