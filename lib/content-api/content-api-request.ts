import "server-only";
import type { z } from "zod";
import { fieldErrorsFrom } from "@/lib/actions";
import { consumeRateLimit, type TRateLimitRule } from "@/lib/rate-limit/consume-rate-limit";
import { GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { findActiveApiKey } from "./api-keys";

/** Requests per key per minute. Each costs a key look-up and a counter upsert, then cached reads. */
export const CONTENT_API_RATE_LIMIT: TRateLimitRule = { limit: 300, windowSeconds: 60 };

const BASE_HEADERS = { "Cache-Control": "private, no-cache", "X-Content-Type-Options": "nosniff" };

export function apiJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...BASE_HEADERS, ...headers } });
}

export function apiError(status: number, error: string, headers: Record<string, string> = {}, fieldErrors?: Record<string, string>): Response {
  return apiJson(fieldErrors ? { error, fieldErrors } : { error }, status, headers);
}

/** The key from `Authorization: Bearer <key>`. */
function presentedKey(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}

export function parseApiQuery<TSchema extends z.ZodType>(schema: TSchema, url: URL): { ok: true; data: z.infer<TSchema> } | { ok: false; response: Response } {
  const raw: Record<string, string> = {};
  for (const [name, value] of url.searchParams) raw[name] = value;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, response: apiError(400, "Some query parameters are not valid.", {}, fieldErrorsFrom(parsed.error)) };
}

/**
 * Every content API request: a live key (401 otherwise, the same answer for a missing, unknown
 * or revoked key), the key's rate limit in PostgreSQL (429 with Retry-After), then the handler,
 * whose null means 404. Errors are logged with the route and answered with a plain sentence.
 */
export async function handleContentApiRequest(
  request: Request,
  route: string,
  handler: (url: URL) => Promise<Response | object | null>,
  rule: TRateLimitRule = CONTENT_API_RATE_LIMIT,
): Promise<Response> {
  try {
    const key = presentedKey(request);
    const apiKey = key ? await findActiveApiKey(key) : null;
    if (!apiKey) return apiError(401, "Send a valid API key as “Authorization: Bearer <key>”.", { "WWW-Authenticate": 'Bearer realm="content"' });
    const limit = await consumeRateLimit(`content-api:${apiKey.id}`, rule);
    const limitHeaders = { "X-RateLimit-Limit": String(rule.limit), "X-RateLimit-Remaining": String(Math.max(0, rule.limit - limit.hits)) };
    if (!limit.allowed) {
      return apiError(429, "Too many requests with this key. Wait and try again.", { ...limitHeaders, "Retry-After": String(Math.max(1, limit.retryAfterSeconds)) });
    }
    const result = await handler(new URL(request.url));
    if (result instanceof Response) return result;
    if (result === null) return apiError(404, "Nothing is published at this address.", limitHeaders);
    return apiJson(result, 200, limitHeaders);
  } catch (error) {
    if (isAppError(error)) return apiError(error.status, error.publicMessage);
    logError("content API request failed", error, { route });
    return apiError(500, GENERIC_ERROR_MESSAGE);
  }
}
