import http from "node:http";
import https from "node:https";

/**
 * Runs `handle` around every request Node's HTTP(S) servers in this process receive, before Next
 * sees it: `next()` hands the request on. Installed once per `key` (instrumentation.ts may run
 * more than once in development). Used where Next gives no hook of its own:
 * lib/auth/socket-address-stamp.ts, lib/http/response-status.ts.
 */
export function wrapIncomingRequests(
  key: string,
  handle: (request: http.IncomingMessage, response: http.ServerResponse, next: () => boolean) => boolean,
): void {
  const installed = Symbol.for(key);
  const store = globalThis as { [installed]?: true };
  if (store[installed]) return;
  store[installed] = true;
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as http.Server;
    const emit = prototype.emit;
    prototype.emit = function emitWrapped(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
      const next = () => Reflect.apply(emit, this, [event, ...args]) as boolean;
      if (event !== "request") return next();
      return handle(args[0] as http.IncomingMessage, args[1] as http.ServerResponse, next);
    } as typeof prototype.emit;
  }
}
