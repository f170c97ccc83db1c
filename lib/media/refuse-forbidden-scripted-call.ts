import "server-only";
import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { isAppError } from "@/lib/errors";

/**
 * The upload action cannot use validatedAction (it takes a File), so it repeats that wrapper's
 * rule here: a refused call from React's client gets a real HTTP 403, a plain form post gets the
 * form message (see shouldRefuseWithHttpStatus in lib/actions.ts for why).
 */
export async function refuseForbiddenScriptedCall(error: unknown): Promise<void> {
  if (isAppError(error) && error.code === "FORBIDDEN" && (await headers()).has("next-action")) forbidden();
}
