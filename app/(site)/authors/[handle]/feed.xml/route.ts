import { feedResponse } from "@/lib/feeds/feed-response";

/** An author's latest stories as a feed (lib/feeds/). */
export async function GET(request: Request, { params }: { params: Promise<{ handle: string }> }): Promise<Response> {
  const { handle } = await params;
  return feedResponse(request, { kind: "author", handle }, "rss");
}
