import "server-only";
import { logError } from "@/lib/log";
import { REVALIDATION_SIGNATURE_HEADER, signRevalidation } from "./revalidation-signature";

/**
 * Asks this server to expire reader caches after a job changed an article (see
 * revalidation-signature.ts for why). `next start` and `next dev` put their port in PORT once
 * listening; without it (tests, scripts) there is no Next cache to expire. A failure is logged:
 * the caches then expire by time (READ_CACHE_SECONDS), as docs/decisions/0007-job-runner.md says.
 */
export async function requestRevalidation(tags: readonly string[]): Promise<void> {
  const port = process.env.PORT;
  if (tags.length === 0 || !port || process.env.MASTHEAD_DISABLE_DATA_CACHE === "1") return;
  const body = JSON.stringify({ tags: [...new Set(tags)], at: Date.now() });
  try {
    const response = await fetch(`http://127.0.0.1:${port}/admin/jobs/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", [REVALIDATION_SIGNATURE_HEADER]: signRevalidation(body) },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`revalidation answered ${response.status}`);
  } catch (error) {
    logError("job runner could not revalidate reader caches", error, { component: "job-runner", tagCount: tags.length });
  }
}
