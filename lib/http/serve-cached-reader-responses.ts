import type http from "node:http";
import {
  acceptsGzip,
  isKeepableResponse,
  MAX_ENTRY_BYTES,
  processReaderResponseCache,
  replayableHeaders,
  responseCacheKey,
  type TReaderResponseCache,
} from "./reader-response-cache";
import { wrapIncomingRequests } from "./wrap-incoming-requests";

// Answers signed-out readers from the process's copies of reader pages (lib/http/
// reader-response-cache.ts) before Next sees the request, and keeps Next's answers to such
// requests as they are written. Installed last by instrumentation.ts, so a copy skips the other
// hooks as well as Next's router. No "server-only": instrumentation.ts imports it.

/** The header a copy is answered with, for tests and for anyone reading a response. */
export const RESPONSE_CACHE_HEADER = "x-masthead-response-cache";

export function installReaderResponseCache(): void {
  if (process.env.NODE_ENV !== "production" || process.env.READER_RESPONSE_CACHE === "off") return;
  wrapIncomingRequests("masthead.readerResponseCacheHook", answerFromCache(processReaderResponseCache()));
}

/**
 * The hook: answers a request from `cache` (returns true), or hands it to `next` and keeps what
 * Next writes when it may be kept.
 */
export function answerFromCache(cache: TReaderResponseCache) {
  return (request: http.IncomingMessage, response: http.ServerResponse, next: () => boolean): boolean => {
    const key = responseCacheKey(request);
    if (key === null) return next();
    const found = cache.lookup(key);
    if (found.kind === "hit") {
      const { entry } = found;
      const headers = { ...entry.headers, "content-length": String(entry.body.length), [RESPONSE_CACHE_HEADER]: found.stale ? "STALE" : "HIT" };
      response.writeHead(entry.status, headers);
      response.end(request.method === "HEAD" ? undefined : entry.body);
      return true;
    }
    // Only GETs are kept; a HEAD that misses goes to Next untouched.
    if (request.method !== "GET") return next();
    const started = cache.generation();
    if (found.refresh) {
      cache.beginRefresh(key);
      response.once("close", () => cache.endRefresh(key));
    }
    // Next compresses for clients that take gzip; the key says which kind this one is, so what
    // Next is asked for must say exactly that (nothing else is in the key).
    if (acceptsGzip(request.headers["accept-encoding"])) request.headers["accept-encoding"] = "gzip";
    else delete request.headers["accept-encoding"];
    keepAnswer(response, (status, headers, body) => {
      if (isKeepableResponse(status, headers)) cache.store(key, started, { status, headers: replayableHeaders(headers), body });
      // The page changed (rendered anew, gone, moved): the old copy must not be served while the
      // next refresh is under way. A failure (5xx) leaves it, as the edge cache does.
      else if (status < 500) cache.forget(key);
    });
    return next();
  };
}

/** Calls `keep` with the status, headers and body once `response` has been written whole. */
function keepAnswer(response: http.ServerResponse, keep: (status: number, headers: Record<string, unknown>, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  const collect = (chunk: unknown, encoding: unknown) => {
    if (tooLarge || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_ENTRY_BYTES) {
      tooLarge = true;
      chunks.length = 0;
    } else chunks.push(buffer);
  };
  // Headers given to writeHead itself are not in getHeaders() afterwards.
  const givenToWriteHead: Record<string, unknown> = {};
  const writeHead = response.writeHead;
  response.writeHead = function writeHeadKept(this: http.ServerResponse, status: number, ...rest: unknown[]) {
    const headers = rest.find((argument) => typeof argument === "object" && argument !== null);
    if (Array.isArray(headers)) {
      const flat = headers.flat() as unknown[];
      for (let i = 0; i + 1 < flat.length; i += 2) givenToWriteHead[String(flat[i]).toLowerCase()] = flat[i + 1];
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) givenToWriteHead[name.toLowerCase()] = value;
    }
    return Reflect.apply(writeHead, this, [status, ...rest]) as http.ServerResponse;
  } as typeof response.writeHead;
  const write = response.write;
  const end = response.end;
  response.write = function writeKept(this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return Reflect.apply(write, this, [chunk, ...rest]) as boolean;
  } as typeof response.write;
  response.end = function endKept(this: http.ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return Reflect.apply(end, this, [chunk, ...rest]) as http.ServerResponse;
  } as typeof response.end;
  response.once("finish", () => {
    if (!tooLarge) keep(response.statusCode, { ...response.getHeaders(), ...givenToWriteHead }, Buffer.concat(chunks, size));
  });
}
