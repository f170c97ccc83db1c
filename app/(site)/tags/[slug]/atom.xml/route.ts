import { feedResponse } from "@/lib/feeds/feed-response";

/** A topic's latest stories as a feed (lib/feeds/). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  return feedResponse(request, { kind: "tag", slug }, "atom");
}
