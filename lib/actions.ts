import "server-only";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { forbidden, unauthorized } from "next/navigation";
import { z } from "zod";
import { requirePermission, requireUser } from "@/lib/auth/guards";
import type { TPermission } from "@/lib/auth/permissions";
import { GENERIC_ERROR_MESSAGE, isAppError, type AppError } from "@/lib/errors";
import { answerWithStatus } from "@/lib/http/response-status";
import { logError } from "@/lib/log";

// One wrapper for every server action: check who is calling, parse the form with zod, run the
// handler, and turn every outcome into a uniform result the form can show (per-field messages, a
// form message, or success). The caller is checked FIRST, before a byte of the input is parsed:
// a member posting to an editor's action is refused and never learns which fields it takes.
// The domain function checks again (and checks ownership) before touching data. Unknown errors
// are logged with context and shown as a plain sentence. A failure also sets the HTTP status of
// the response that carries it (400, 401, 403, 429, 500...), for a form posted by React's client
// and a plain HTML post alike, so monitoring sees failed actions; the body still carries the
// result, so the form shows its message (lib/http/response-status.ts).

/**
 * Who may call an action at all: "anyone" (sign-in, sign-up, links from emails: each rate
 * limited or token-checked inside), "signed-in", or a permission from lib/auth/permissions.ts.
 */
export type TActionAccess = "anyone" | "signed-in" | TPermission;

export type TActionResult<TData = undefined> =
  | { ok: true; data: TData; message?: string }
  | { ok: false; message: string; fieldErrors: Record<string, string>; status: number };

export const initialActionResult = null;

export function formDataToObject(formData: FormData): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) entries[key] = value;
  }
  return entries;
}

export function fieldErrorsFrom(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    fieldErrors[field] ??= issue.message;
  }
  return fieldErrors;
}

type TActionFailure = { ok: false; message: string; fieldErrors: Record<string, string>; status: number };

/**
 * The access check every action makes before reading its input. A scripted call (React's client,
 * or anyone replaying one) that is refused gets a real HTTP 401/403; a plain form post gets the
 * refusal as a form result (see shouldRefuseWithHttpStatus). Returns null when the call may go on.
 */
export async function refuseUnlessAllowed(name: string, access: TActionAccess): Promise<TActionFailure | null> {
  if (access === "anyone") return null;
  try {
    if (access === "signed-in") await requireUser();
    else await requirePermission(access);
    return null;
  } catch (error) {
    if (isAppError(error) && (await headers()).has("next-action")) {
      if (error.code === "UNAUTHENTICATED") unauthorized();
      if (error.code === "FORBIDDEN") forbidden();
    }
    return actionFailure(name, error);
  }
}

export function validatedAction<TSchema extends z.ZodType, TData>(
  name: string,
  access: TActionAccess,
  schema: TSchema,
  handler: (input: z.infer<TSchema>) => Promise<TData>,
) {
  return async (_previous: TActionResult<TData> | null, formData: FormData): Promise<TActionResult<TData>> => {
    const refusal = await refuseUnlessAllowed(name, access);
    if (refusal) return refusal;
    if (!(formData instanceof FormData)) return withHttpStatus({ ok: false, status: 400, message: "Please correct the highlighted fields.", fieldErrors: {} });
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      return withHttpStatus({ ok: false, status: 400, message: "Please correct the highlighted fields.", fieldErrors: fieldErrorsFrom(parsed.error) });
    }
    try {
      return { ok: true, data: await handler(parsed.data) };
    } catch (error) {
      if (isAppError(error) && (await shouldRefuseWithHttpStatus(error))) forbidden();
      return actionFailure(name, error);
    }
  };
}

/**
 * A validatedAction whose handler is one domain function, followed by refresh(): the page the
 * form is on shows the new state after a script-driven submit (a plain form post re-renders
 * anyway). The domain function's result is the action's data.
 */
export function refreshingAction<TSchema extends z.ZodType, TData>(
  name: string,
  access: TActionAccess,
  schema: TSchema,
  run: (input: z.infer<TSchema>) => Promise<TData>,
) {
  return validatedAction(name, access, schema, async (input: z.infer<TSchema>) => {
    const data = await run(input);
    refresh();
    return data;
  });
}

/** For a form that only needs to know a step succeeded: the domain function, its result dropped. */
export function withoutResult<TInput>(run: (input: TInput) => Promise<unknown>): (input: TInput) => Promise<void> {
  return async (input) => {
    await run(input);
  };
}

export function actionFailure(name: string, error: unknown): TActionFailure {
  // Next's redirect()/notFound()/forbidden() work by throwing: let them through.
  if (isNextControlFlow(error)) throw error;
  if (isAppError(error)) {
    const retryAfter = error.retryAfterSeconds === null ? undefined : { "Retry-After": String(error.retryAfterSeconds) };
    return withHttpStatus({ ok: false, status: error.status, message: error.publicMessage, fieldErrors: error.fieldErrors }, retryAfter);
  }
  logError("server action failed", error, { action: name });
  return withHttpStatus({ ok: false, status: 500, message: GENERIC_ERROR_MESSAGE, fieldErrors: {} });
}

/** The failure, with its status (and a rate limit's Retry-After) asked for as the response's. */
function withHttpStatus(failure: TActionFailure, headers?: Record<string, string>): TActionFailure {
  answerWithStatus(failure.status, headers);
  return failure;
}

/**
 * A caller without the permission gets a real HTTP 403 (and app/forbidden.tsx) rather than a
 * 200 carrying a form message: an action is a public endpoint, and a refusal must look like one
 * to whoever posts to it directly. Only for calls from React's client (the Next-Action header):
 * for a form posted without JavaScript, Next 16 answers forbidden() from an action with its 404
 * page, so there the result goes back to the form and the page's own guard sets the status.
 * UNAUTHENTICATED stays a form result everywhere: sign-in uses it for a wrong password.
 */
async function shouldRefuseWithHttpStatus(error: AppError): Promise<boolean> {
  return error.code === "FORBIDDEN" && (await headers()).has("next-action");
}

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND");
}
