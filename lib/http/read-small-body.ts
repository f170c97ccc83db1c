/**
 * A request body as UTF-8 text, or null when it is larger than `maxBytes` (declared in
 * Content-Length, or as it arrives): for route handlers that take small JSON bodies and must not
 * hold a stranger's large one in memory.
 */
export async function readSmallBody(request: Request, maxBytes: number): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return null;
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
  return Buffer.concat(chunks, size).toString("utf8");
}
