import "server-only";
import { forbidden, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getSessionState, type TCurrentUser } from "./current-user";
import { roleCan, type TPermission } from "./permissions";

// The one guard module. Every page, server action and route handler that needs a signed-in
// user or a permission calls one of these itself; proxy.ts and layouts are never the only check.

/** Pure check used by the guards and the matrix tests. */
export function assertPermission(user: TCurrentUser | null, permission: TPermission): TCurrentUser {
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  if (!roleCan(user.role, permission)) {
    throw new AppError("FORBIDDEN", "You do not have permission to do that.", {
      message: `${user.role} ${user.id} lacks ${permission}`,
    });
  }
  return user;
}

/** For actions and route handlers: throws AppError (401/403), which the action wrapper reports. */
export async function requireUser(): Promise<TCurrentUser> {
  const state = await getSessionState();
  if (state.kind === "banned") throw new AppError("FORBIDDEN", `Your account is banned: ${state.reason}`);
  if (state.kind === "anonymous") throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  return state.user;
}

export async function requirePermission(permission: TPermission): Promise<TCurrentUser> {
  return assertPermission(await requireUser(), permission);
}

/**
 * For pages: anonymous visitors go to sign-in and come back; banned users see why; signed-in
 * users without the permission get a 403 page, never the page itself.
 */
export async function requirePagePermission(permission: TPermission, returnTo: string): Promise<TCurrentUser> {
  const user = await requirePageUser(returnTo);
  if (!roleCan(user.role, permission)) forbidden();
  return user;
}

export async function requirePageUser(returnTo: string): Promise<TCurrentUser> {
  const state = await getSessionState();
  if (state.kind === "banned") redirect("/banned");
  if (state.kind === "anonymous") redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return state.user;
}
