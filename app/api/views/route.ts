// POST /api/views: the article page's view beacon (docs/decisions/0010-view-counting.md).
// Counts in memory and writes in batches; the one database call per beacon is the per-address
// limit shared by every instance (lib/views/view-beacon-limit.ts). No cookies, nothing about the
// reader stored.
import { after } from "next/server";
import { clientAddressFrom } from "@/lib/auth/request-address";
import { readSmallBody } from "@/lib/http/read-small-body";
import { formatWait } from "@/lib/rate-limit/too-many-attempts";
import { uncountedReason } from "@/lib/views/countable-request";
import { viewBeaconWait } from "@/lib/views/view-beacon-limit";
import { MAX_VIEW_BEACON_BYTES, parseViewBeacon } from "@/lib/views/parse-view-beacon";
import { processViewCounter } from "@/lib/views/process-view-counter";

const NO_STORE = { "Cache-Control": "no-store" };

export async function POST(request: Request): Promise<Response> {
  const body = await readSmallBody(request, MAX_VIEW_BEACON_BYTES);
  if (body === null) return Response.json({ error: "The request body is too large." }, { status: 413, headers: NO_STORE });
  const parsed = parseViewBeacon(body);
  if (!parsed.ok) return Response.json({ error: parsed.message }, { status: 400, headers: NO_STORE });

  const headers = request.headers;
  const address = clientAddressFrom(headers);
  const viewHeaders = {
    userAgent: headers.get("user-agent"),
    purpose: headers.get("sec-purpose") ?? headers.get("purpose"),
    fetchSite: headers.get("sec-fetch-site"),
  };
  // A beacon that would not count (a bot, a prefetch) costs no database work, limit included:
  // charging it would let a flood of bot beacons write to the limits table.
  if (uncountedReason(viewHeaders)) return new Response(null, { status: 204, headers: NO_STORE });
  const wait = await viewBeaconWait(address);
  if (wait !== null) {
    const error = `Too many views from your address. Try again in ${formatWait(wait)}.`;
    return Response.json({ error }, { status: 429, headers: { ...NO_STORE, "Retry-After": String(wait) } });
  }
  const counter = processViewCounter();
  const outcome = counter.record({ articleId: parsed.beacon.articleId, address, headers: viewHeaders });
  // Next awaits after() callbacks before a clean shutdown completes, so a view counted just
  // before SIGTERM is written, not dropped.
  if (outcome === "counted") after(() => counter.whenFlushed());
  // The same answer whether or not the view counted: a bot learns nothing from it.
  return new Response(null, { status: 204, headers: NO_STORE });
}
