import http from "node:http";
import https from "node:https";

// Next's route handlers and server actions see the request's headers but not its socket, and
// Next fills X-Forwarded-For from the socket only when the client sent none (base-server.js:
// `x-forwarded-for ??= socket.remoteAddress`), so a client can forge it. This copies the
// socket's address into a header of our own on every incoming request, replacing whatever a
// client sent under that name, before Next reads the headers. Installed at boot by
// instrumentation.ts; lib/auth/request-address.ts reads it. Requests that arrived while the
// server was still booting (before register() ran) have no stamp and count as "unknown".

export const SOCKET_ADDRESS_HEADER = "x-masthead-socket-address";

const INSTALLED = Symbol.for("masthead.socketAddressStamp");

export function stampSocketAddresses(): void {
  const store = globalThis as { [INSTALLED]?: true };
  if (store[INSTALLED]) return;
  store[INSTALLED] = true;
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as http.Server;
    const emit = prototype.emit;
    prototype.emit = function emitWithStamp(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
      if (event === "request") stamp(args[0] as http.IncomingMessage);
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof prototype.emit;
  }
}

function stamp(request: http.IncomingMessage): void {
  const address = request.socket?.remoteAddress;
  if (address) request.headers[SOCKET_ADDRESS_HEADER] = address;
  else delete request.headers[SOCKET_ADDRESS_HEADER];
}
