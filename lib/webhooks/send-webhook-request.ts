import "server-only";
import http from "node:http";
import https from "node:https";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";

export type TSendResult = { statusCode: number | null; durationMs: number; error: string | null };

export const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * POSTs one delivery. request-filtering-agent checks the address each connection actually goes
 * to, after DNS (so a name that resolves to 127.0.0.1 or 10.x, or changes to one between
 * checks, is refused too): private, loopback, link-local and metadata addresses are refused
 * unless the admin setting allows private ones. Redirects are not followed. Never throws.
 */
export function sendWebhookRequest(url: string, body: string, headers: Record<string, string>, options: { allowPrivateAddresses: boolean }): Promise<TSendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve({ statusCode: null, durationMs: 0, error: "The address is not a valid URL." });
      return;
    }
    const isHttps = target.protocol === "https:";
    if (!isHttps && target.protocol !== "http:") {
      resolve({ statusCode: null, durationMs: 0, error: "Only http and https addresses can receive webhooks." });
      return;
    }
    const agentOptions = { allowPrivateIPAddress: options.allowPrivateAddresses, keepAlive: false };
    const agent = isHttps ? new RequestFilteringHttpsAgent(agentOptions) : new RequestFilteringHttpAgent(agentOptions);
    const request = (isHttps ? https : http).request(
      target,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "user-agent": "Masthead-Webhooks/1", ...headers },
        timeout: WEBHOOK_TIMEOUT_MS,
      },
      (response) => {
        // The answer's body is not used; drain it so the socket closes.
        response.resume();
        response.on("end", () => resolve({ statusCode: response.statusCode ?? null, durationMs: elapsed(), error: null }));
        response.on("error", (error) => resolve({ statusCode: response.statusCode ?? null, durationMs: elapsed(), error: error.message.slice(0, 500) }));
      },
    );
    request.on("timeout", () => request.destroy(new Error(`No answer within ${WEBHOOK_TIMEOUT_MS / 1000} s.`)));
    request.on("error", (error) => resolve({ statusCode: null, durationMs: elapsed(), error: error.message.slice(0, 500) }));
    request.end(body);
  });
}
