import "server-only";
import { assertPermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { roleCan } from "@/lib/auth/permissions";

/** Whose stories the figures cover: every story (editors, admins) or the author's own. */
export type TAnalyticsScope = { kind: "all" } | { kind: "author"; userId: string };

export function analyticsScopeFor(actor: TCurrentUser): TAnalyticsScope {
  assertPermission(actor, "article:write-own");
  return roleCan(actor.role, "analytics:read-all") ? { kind: "all" } : { kind: "author", userId: actor.id };
}
