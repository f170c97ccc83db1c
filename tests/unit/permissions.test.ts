// Every cell of the permission matrix, checked through the guard that actions and route handlers
// use. The expected matrix is written out here by hand (and in docs/permissions.md): deriving it
// from PERMISSIONS would make the test agree with any change, including a wrong one.
import { describe, expect, it } from "vitest";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { assertPermission } from "@/lib/auth/guards";
import { PERMISSIONS, ROLES, type TPermission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

const Y = true;
const N = false;

//                                  ADMIN  EDITOR AUTHOR MEMBER
const EXPECTED: Record<TPermission, [boolean, boolean, boolean, boolean]> = {
  "comment:create":               [Y,     Y,     Y,     Y],
  "profile:edit-own":             [Y,     Y,     Y,     Y],
  "admin:access":                 [Y,     Y,     Y,     N],
  "article:write-own":            [Y,     Y,     Y,     N],
  "article:edit-any":             [Y,     Y,     N,     N],
  "article:publish":              [Y,     Y,     N,     N],
  "comment:moderate":             [Y,     Y,     N,     N],
  "user:manage":                  [Y,     N,     N,     N],
  "mailbox:read":                 [Y,     N,     N,     N],
  "audit:read":                   [Y,     N,     N,     N],
  "settings:manage":              [Y,     N,     N,     N],
  "article:delete":               [Y,     N,     N,     N],
  "analytics:read-all":           [Y,     Y,     N,     N],
  "integrations:manage":          [Y,     N,     N,     N],
};

const COLUMNS: Role[] = ["ADMIN", "EDITOR", "AUTHOR", "MEMBER"];

function userWithRole(role: Role): TCurrentUser {
  return { id: `user-${role.toLowerCase()}`, email: `${role.toLowerCase()}@example.test`, name: role, role, tier: "FREE", emailVerified: true };
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

const cells = (Object.entries(EXPECTED) as [TPermission, boolean[]][]).flatMap(([permission, row]) =>
  COLUMNS.map((role, column) => ({ permission, role, allowed: row[column] === true })),
);

describe("the permission matrix", () => {
  it("covers exactly the roles and permissions the app defines", () => {
    expect([...ROLES].sort()).toEqual([...COLUMNS].sort());
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(cells.filter((cell) => cell.allowed))("lets $role use $permission", ({ permission, role }) => {
    const user = userWithRole(role);
    expect(assertPermission(user, permission)).toBe(user);
  });

  it.each(cells.filter((cell) => !cell.allowed))("refuses $permission to $role with FORBIDDEN (403)", ({ permission, role }) => {
    const error = thrownBy(() => assertPermission(userWithRole(role), permission));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "FORBIDDEN", status: 403 });
    // The public message never names the permission or the role.
    expect((error as AppError).publicMessage).toBe("You do not have permission to do that.");
  });

  it.each(Object.keys(EXPECTED) as TPermission[])("refuses %s to an anonymous visitor with UNAUTHENTICATED (401)", (permission) => {
    const error = thrownBy(() => assertPermission(null, permission));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "UNAUTHENTICATED", status: 401 });
  });
});
