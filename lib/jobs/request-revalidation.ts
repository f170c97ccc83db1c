import "server-only";
import { logError } from "@/lib/log";
import { REVALIDATION_SIGNATURE_HEADER, REVALIDATION_TAG, signRevalidation } from "./revalidation-signature";

/** The revalidation route takes at most this many tags a request. */
const TAGS_PER_REQUEST = 200;

/**
 * Asks this server to expire cache tags, for code that runs outside any request (the job
 * runner, an import run from the command line), where Next refuses revalidateTag; only
 * lib/articles/expire-cache-tags.ts calls it (see revalidation-signature.ts for why).
 * `next start` and `next dev` put their port in PORT once listening; without it (tests,
 * scripts) there is no Next cache to expire. Tags of no reader cache are left out; a failure
 * is logged: the caches then expire by time (READ_CACHE_SECONDS), as
 * docs/decisions/0007-job-runner.md says.
 */
export async function requestRevalidation(tags: readonly string[]): Promise<void> {
  const port = process.env.PORT;
  const accepted = [...new Set(tags)].filter((tag) => REVALIDATION_TAG.test(tag));
  if (accepted.length === 0 || !port || process.env.MASTHEAD_DISABLE_DATA_CACHE === "1") return;
  for (let start = 0; start < accepted.length; start += TAGS_PER_REQUEST) {
    await postRevalidation(port, accepted.slice(start, start + TAGS_PER_REQUEST));
  }
}

async function postRevalidation(port: string, tags: string[]): Promise<void> {
  const body = JSON.stringify({ tags, at: Date.now() });
  try {
    const response = await fetch(`http://127.0.0.1:${port}/admin/jobs/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", [REVALIDATION_SIGNATURE_HEADER]: signRevalidation(body) },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`revalidation answered ${response.status}`);
  } catch (error) {
    logError("could not ask the server to revalidate reader caches", error, { component: "cache-expiry", tagCount: tags.length });
  }
}
