import type http from "node:http";
import { wrapIncomingRequests } from "@/lib/http/wrap-incoming-requests";

// Next's route handlers and server actions see the request's headers but not its socket, and
// Next fills X-Forwarded-For from the socket only when the client sent none (base-server.js:
// `x-forwarded-for ??= socket.remoteAddress`), so a client can forge it. This copies the
// socket's address into a header of our own on every incoming request, replacing whatever a
// client sent under that name, before Next reads the headers. Installed at boot by
// instrumentation.ts; lib/auth/request-address.ts reads it. Requests that arrived while the
// server was still booting (before register() ran) have no stamp and count as "unknown".

export const SOCKET_ADDRESS_HEADER = "x-masthead-socket-address";

export function stampSocketAddresses(): void {
  wrapIncomingRequests("masthead.socketAddressStamp", (request, _response, next) => {
    stamp(request);
    return next();
  });
}

function stamp(request: http.IncomingMessage): void {
  const address = request.socket?.remoteAddress;
  if (address) request.headers[SOCKET_ADDRESS_HEADER] = address;
  else delete request.headers[SOCKET_ADDRESS_HEADER];
}
