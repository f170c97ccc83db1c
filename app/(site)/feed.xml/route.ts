import { feedResponse } from "@/lib/feeds/feed-response";

/** The site's latest stories as a feed (lib/feeds/). */
export function GET(request: Request): Promise<Response> {
  return feedResponse(request, { kind: "site" }, "rss");
}
