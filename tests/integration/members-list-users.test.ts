import { describe, expect, it } from "vitest";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { listUsersFor, USERS_PER_PAGE } from "@/lib/members/list-users";
import { decodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { createUser, uniqueSuffix } from "../factories";

// The admin reading the list needs no row of their own: listing writes nothing.
const admin: TCurrentUser = { id: "list-admin", email: "list-admin@example.test", name: "Admin", role: "ADMIN", tier: "FREE", emailVerified: true };

describe("listing users for admins", () => {
  it("finds people by part of their email or name, in any case", async () => {
    const token = `Quill${uniqueSuffix()}`;
    const byName = await createUser({ name: `Dana ${token} Reyes` });
    const byEmail = await createUser({ email: `${token.toLowerCase()}.reader@example.com` });
    await createUser();

    const found = await listUsersFor(admin, { query: token.toUpperCase() });
    expect(found.users.map((user) => user.id).sort()).toEqual([byName.id, byEmail.id].sort());
    expect(found.users.find((user) => user.id === byName.id)).toMatchObject({ role: "MEMBER", tier: "FREE", status: "ACTIVE", isDeleted: false });
  });

  it("matches % and _ as themselves, not as wildcards", async () => {
    const token = uniqueSuffix();
    const literal = await createUser({ name: `Percent 100%_${token}` });
    await createUser({ name: `Percent 100xy${token}` });
    const found = await listUsersFor(admin, { query: `100%_${token}` });
    expect(found.users.map((user) => user.id)).toEqual([literal.id]);
    const backslash = await createUser({ name: `Back\\slash ${token}` });
    expect((await listUsersFor(admin, { query: `k\\s` })).users.map((user) => user.id)).toContain(backslash.id);
  });

  it("pages newest first without skipping or repeating anyone, even when sign-up times tie", async () => {
    const token = `Pager${uniqueSuffix()}`;
    const tied = new Date("2025-03-01T12:00:00.000Z");
    const created = [];
    for (let index = 0; index < USERS_PER_PAGE + 3; index++) {
      // Every third person signed up at the very same instant.
      const createdAt = index % 3 === 0 ? tied : new Date(Date.UTC(2025, 2, 1, 12, 0, 0) + (index - 14) * 60_000);
      created.push(await createUser({ name: `${token} ${index}`, createdAt }));
    }
    const first = await listUsersFor(admin, { query: token });
    expect(first.users).toHaveLength(USERS_PER_PAGE);
    expect(first.nextCursor).not.toBeNull();
    const second = await listUsersFor(admin, { query: token, cursor: decodeKeysetCursor(first.nextCursor ?? undefined) });
    expect(second.nextCursor).toBeNull();

    const shown = [...first.users, ...second.users];
    const expected = [...created]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .map((user) => user.id);
    expect(shown.map((user) => user.id)).toEqual(expected);
  });

  it("is refused to an editor", async () => {
    const editor: TCurrentUser = { ...admin, id: "list-editor", role: "EDITOR" };
    await expect(listUsersFor(editor, { query: "" })).rejects.toSatisfy(
      (error) => error instanceof AppError && error.code === "FORBIDDEN",
    );
  });
});
