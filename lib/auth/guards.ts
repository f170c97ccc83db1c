import "server-only";
import { forbidden, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getSessionState, sessionStateForCookie, type TCurrentUser, type TSessionState } from "./current-user";
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
  return signedInUserOf(await getSessionState());
}

export async function requirePermission(permission: TPermission): Promise<TCurrentUser> {
  return assertPermission(await requireUser(), permission);
}

/**
 * requirePermission for a request held raw, outside Next's request scope (the comment-posting
 * fast path, lib/http/fast-comment-posts.ts): the caller passes the session cookie's value.
 */
export async function requirePermissionForCookie(sessionCookie: string | undefined, permission: TPermission): Promise<TCurrentUser> {
  return assertPermission(signedInUserOf(await sessionStateForCookie(sessionCookie)), permission);
}

function signedInUserOf(state: TSessionState): TCurrentUser {
  if (state.kind === "banned") throw new AppError("FORBIDDEN", `Your account is banned: ${state.reason}`);
  if (state.kind === "anonymous") throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  return state.user;
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
