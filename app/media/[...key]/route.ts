import { getMediaFile } from "@/lib/media/get-media-file";

// Public serving of uploaded images. Keys are content-unique (a new upload gets a new key), so
// each file may be cached forever. nosniff: browsers must not guess a type other than ours.

type TMediaRouteContext = { params: Promise<{ key: string[] }> };

export async function GET(_request: Request, { params }: TMediaRouteContext): Promise<Response> {
  const { key } = await params;
  const file = await getMediaFile(key.join("/"));
  if (!file) {
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" },
    });
  }
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      // An image needs nothing else; a browser tricked into rendering one as a page gets no powers.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
