import "server-only";
import { GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";
import { logError } from "@/lib/log";

export function csvResponse(csv: string, filename: string): Response {
  const safeName = filename.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safeName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** An AppError as its status and safe message; anything else logged and a plain sentence. */
export function routeErrorResponse(error: unknown, route: string): Response {
  if (isAppError(error)) return new Response(error.publicMessage, { status: error.status, headers: { "Cache-Control": "no-store" } });
  logError("route failed", error, { route });
  return new Response(GENERIC_ERROR_MESSAGE, { status: 500, headers: { "Cache-Control": "no-store" } });
}
