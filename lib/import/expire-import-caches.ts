import "server-only";
import { requestRevalidation } from "@/lib/jobs/request-revalidation";

// After an import, the reader pages that changed are expired through the job runner's signed
// revalidation route (lib/jobs/request-revalidation.ts: works from the command line too, when
// PORT names the running server). That route takes article, author and tag tags, 200 at a time;
// the others (the tag list in the navigation, new comment threads) expire by time within
// READ_CACHE_SECONDS.

const ACCEPTED = /^(articles|(article|author|tag):[^\s]{1,200})$/;
const PER_REQUEST = 200;

export async function expireImportCaches(tags: Iterable<string>): Promise<void> {
  const accepted = [...new Set(tags)].filter((tag) => ACCEPTED.test(tag));
  for (let start = 0; start < accepted.length; start += PER_REQUEST) await requestRevalidation(accepted.slice(start, start + PER_REQUEST));
}
