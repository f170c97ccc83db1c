// POST /api/views: the article page's view beacon (docs/decisions/0010-view-counting.md).
// Answers at once from memory: no database work, no cookies, nothing about the reader stored.
import { after } from "next/server";
import { clientAddressFrom } from "@/lib/auth/request-address";
import { MAX_VIEW_BEACON_BYTES, parseViewBeacon } from "@/lib/views/parse-view-beacon";
import { processViewCounter } from "@/lib/views/process-view-counter";

const NO_STORE = { "Cache-Control": "no-store" };

async function readSmallBody(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  const reader = request.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function POST(request: Request): Promise<Response> {
  const body = await readSmallBody(request, MAX_VIEW_BEACON_BYTES);
  if (body === null) return Response.json({ error: "The request body is too large." }, { status: 413, headers: NO_STORE });
  const parsed = parseViewBeacon(body);
  if (!parsed.ok) return Response.json({ error: parsed.message }, { status: 400, headers: NO_STORE });

  const headers = request.headers;
  const counter = processViewCounter();
  const outcome = counter.record({
    articleId: parsed.beacon.articleId,
    address: clientAddressFrom(headers),
    headers: {
      userAgent: headers.get("user-agent"),
      purpose: headers.get("sec-purpose") ?? headers.get("purpose"),
      fetchSite: headers.get("sec-fetch-site"),
    },
  });
  // Next awaits after() callbacks before a clean shutdown completes, so a view counted just
  // before SIGTERM is written, not dropped.
  if (outcome === "counted") after(() => counter.whenFlushed());
  // The same answer whether or not the view counted: a bot learns nothing from it.
  return new Response(null, { status: 204, headers: NO_STORE });
}
