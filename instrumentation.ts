// Runs once when the Next server boots: record each request's socket address for the
// per-address limits (lib/auth/socket-address-stamp.ts); validate the environment so a bad variable stops
// start-up with a message naming it, instead of failing on the first request; then start the
// scheduled-job runner (docs/decisions/0007-job-runner.md). Not during `next build`, which
// also loads this file and must need no database.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // First, so as few requests as possible arrive before their socket address is recorded.
    const { stampSocketAddresses } = await import("./lib/auth/socket-address-stamp");
    stampSocketAddresses();
    // Statuses Next gives no way to set, and words for its error shell (lib/http/response-status.ts).
    const { installResponseStatusHook } = await import("./lib/http/response-status");
    installResponseStatusHook();
    const { assertProductionReady, serverEnv } = await import("./lib/env");
    const env = serverEnv();
    // Comment posts from the form's script skip Next's router (lib/http/fast-comment-posts.ts).
    const { installFastCommentPosts } = await import("./lib/http/fast-comment-posts");
    installFastCommentPosts(env);
    // Last, so it runs first: a signed-out reader's copy of a page skips everything else.
    const { installReaderResponseCache } = await import("./lib/http/serve-cached-reader-responses");
    installReaderResponseCache();
    assertProductionReady();
    if (process.env.NEXT_PHASE !== "phase-production-build" && process.env.MASTHEAD_DISABLE_JOB_RUNNER !== "1") {
      const { startJobRunner } = await import("./lib/jobs/start-job-runner");
      startJobRunner();
    }
  }
}
