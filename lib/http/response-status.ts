import { AsyncLocalStorage } from "node:async_hooks";
import type http from "node:http";
import zlib from "node:zlib";
import { withErrorShellText } from "./error-shell-text";
import { wrapIncomingRequests } from "./wrap-incoming-requests";

// The status a response ends with, decided by code that Next gives no way to set one: a server
// action's failed result (Next answers 200 with the result in the payload), a reader page that
// renders its own "not found" (a notFound() thrown outside a Suspense boundary would leave the
// page blank without JavaScript: components/site/not-found-page.tsx), and a render that failed
// because the database is unreachable (error.tsx cannot set a status; lib/db/database-health.ts).
//
// At boot, instrumentation.ts installs a hook on Node's HTTP server: each request runs in its
// own AsyncLocalStorage context, and the response's writeHead applies what was asked for. Only
// a 200 is replaced by an asked-for status (never a redirect or a status Next chose itself), and
// only a 5xx becomes 503 when the database was found unreachable. Outside a request (tests,
// scripts) asking does nothing. No "server-only": instrumentation.ts imports it.
//
// The same hook gives Next's error shell words. When an error (notFound(), forbidden(), a failed
// render) escapes every Suspense boundary, Next answers with `<html id="__next_error__">` and an
// empty body that only scripts fill in (vercel/next.js#62228): blank without JavaScript. Such a
// document gets, right after <body>, a <noscript> with one plain sentence for its status (React
// skips nodes it did not render in <body>, so hydration is unaffected; lib/http/error-shell-text.ts).

type TResponseStatus = {
  /** Replaces a 200. */
  status: number | null;
  /** Sent with that status (Retry-After for a rate-limited action). */
  headers?: Record<string, string>;
  /** The request met an unreachable database: a 5xx becomes 503 with Retry-After. */
  databaseUnreachable: boolean;
};

/** Seconds a client is told to wait before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 10;

const STORAGE = Symbol.for("masthead.responseStatusStorage");

// One storage per process, shared by every bundle Next builds (proxy, pages, instrumentation).
function storage(): AsyncLocalStorage<TResponseStatus> {
  const store = globalThis as { [STORAGE]?: AsyncLocalStorage<TResponseStatus> };
  return (store[STORAGE] ??= new AsyncLocalStorage<TResponseStatus>());
}

/** Asks for this request's response to end with `status` (and `headers`) instead of 200. */
export function answerWithStatus(status: number, headers?: Record<string, string>): void {
  const current = storage().getStore();
  if (!current) return;
  current.status = status;
  current.headers = headers;
}

/** Notes that this request met an unreachable database (lib/db/database-health.ts). */
export function noteDatabaseUnreachableForRequest(): void {
  const current = storage().getStore();
  if (current) current.databaseUnreachable = true;
}

/** The status a response is written with, given what the request asked for. */
export function finalStatus(written: number, asked: TResponseStatus): number {
  if (asked.databaseUnreachable && written >= 500) return 503;
  if (asked.status !== null && written === 200) return asked.status;
  return written;
}

export function installResponseStatusHook(): void {
  wrapIncomingRequests("masthead.responseStatus", (_request, response, next) => {
    const asked: TResponseStatus = { status: null, databaseUnreachable: false };
    applyOnWriteHead(response, asked);
    return storage().run(asked, next);
  });
}

function applyOnWriteHead(response: http.ServerResponse, asked: TResponseStatus): void {
  const shell = fillErrorShell(response);
  const writeHead = response.writeHead;
  response.writeHead = function writeHeadWithAskedStatus(this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    const status = finalStatus(statusCode, asked);
    if (status !== statusCode && status === asked.status) {
      for (const [name, value] of Object.entries(asked.headers ?? {})) this.setHeader(name, value);
    }
    if (status === 503 && asked.databaseUnreachable) {
      this.setHeader("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
      this.setHeader("Cache-Control", "no-store");
    }
    shell.decide(status, rest.some((value) => typeof value === "object" && value !== null));
    return Reflect.apply(writeHead, this, [status, ...rest]) as http.ServerResponse;
  } as typeof response.writeHead;
}

/** How much of a document is held back while looking for its <body>: the error shell's is early. */
const SCAN_LIMIT_BYTES = 64 * 1024;

const CODECS: Record<string, { decode: (bytes: Buffer) => Buffer; encode: (bytes: Buffer) => Buffer }> = {
  gzip: { decode: zlib.gunzipSync, encode: zlib.gzipSync },
  deflate: { decode: zlib.inflateSync, encode: zlib.deflateSync },
  br: { decode: zlib.brotliDecompressSync, encode: zlib.brotliCompressSync },
};

// For an HTML error response (decided as its head is written, before any byte of its body:
// Node writes the head on the first write or end), gives Next's error shell its sentence.
// Uncompressed, the first bytes are held until the <body> tag has gone by, then let through with
// the sentence added; the rest streams as is. Compressed by Next (which compresses below this
// hook's view, the bytes arrive here already encoded), the whole error response is held, decoded,
// given the sentence and encoded again: error pages are small and rare. Every other response
// passes untouched.
function fillErrorShell(response: http.ServerResponse): { decide: (status: number, headersGivenInCall: boolean) => void } {
  const write = response.write;
  const end = response.end;
  let mode: "pass" | "scan" | "hold-all" = "pass";
  let codec: (typeof CODECS)[string] | null = null;
  let status = 0;
  let held: Buffer[] = [];
  let heldBytes = 0;
  const decide = (finalStatus: number, headersGivenInCall: boolean) => {
    status = finalStatus;
    const type = response.getHeader("content-type");
    const isHtml = typeof type === "string" && type.startsWith("text/html");
    // Headers handed to writeHead itself may hold a Content-Length we cannot take back.
    if (status < 400 || !isHtml || headersGivenInCall) return;
    const encoding = response.getHeader("content-encoding");
    if (typeof encoding === "string" && encoding !== "identity") {
      codec = CODECS[encoding] ?? null;
      if (!codec) return;
      mode = "hold-all";
    } else {
      mode = "scan";
    }
    response.removeHeader("content-length");
  };
  const release = (): Buffer => {
    const bytes = Buffer.concat(held);
    held = [];
    const wasMode = mode;
    mode = "pass";
    if (wasMode === "hold-all" && codec) {
      return codec.encode(Buffer.from(withErrorShellText(codec.decode(bytes).toString("utf8"), status), "utf8"));
    }
    return Buffer.from(withErrorShellText(bytes.toString("utf8"), status), "utf8");
  };
  const ensureHead = () => {
    // Makes Node write the head now (through writeHead, so decide() runs) rather than inside
    // write()/end(), after the body bytes were handed over.
    if (!response.headersSent) response.writeHead(response.statusCode);
  };
  response.write = function writeScanned(this: http.ServerResponse, chunk: unknown, ...rest: unknown[]): boolean {
    ensureHead();
    if (mode === "pass") return Reflect.apply(write, this, [chunk, ...rest]) as boolean;
    const bytes = toBuffer(chunk);
    held.push(bytes);
    heldBytes += bytes.byteLength;
    const callback = rest.find((value) => typeof value === "function") as (() => void) | undefined;
    if (mode === "hold-all" || (heldBytes < SCAN_LIMIT_BYTES && !bytes.toString("utf8").includes("<body"))) {
      callback?.();
      return true;
    }
    return Reflect.apply(write, this, [release(), callback]) as boolean;
  } as typeof response.write;
  response.end = function endScanned(this: http.ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    const hasChunk = typeof chunk !== "function" && chunk !== undefined && chunk !== null;
    if (hasChunk) ensureHead();
    if (mode === "pass") return Reflect.apply(end, this, [chunk, ...rest]) as http.ServerResponse;
    if (hasChunk) held.push(toBuffer(chunk));
    const callbacks = [chunk, ...rest].filter((value) => typeof value === "function");
    return Reflect.apply(end, this, [release(), ...callbacks]) as http.ServerResponse;
  } as typeof response.end;
  return { decide };
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), "utf8");
}
