// What admins do to people: roles, VIP, bans, and the rules that keep the newsroom managed.
// Every test that creates ADMIN rows lives in this one file, so the tests run one after another
// and the "last admin" tests below can briefly be the only active admins (see parkOtherAdmins).
import { afterEach, describe, expect, it } from "vitest";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { banUserFor } from "@/lib/members/ban-user";
import { changeUserRoleFor } from "@/lib/members/change-user-role";
import { deleteAccountFor } from "@/lib/members/delete-account";
import { setUserTierFor } from "@/lib/members/set-user-tier";
import { unbanUserFor } from "@/lib/members/unban-user";
import { createUser, DEFAULT_TEST_PASSWORD, actorFor } from "../factories";
import { rejection } from "./rejection";

function auditEventsAbout(userId: string) {
  return db.auditEvent.findMany({ where: { targetType: "User", targetId: userId }, orderBy: { createdAt: "asc" } });
}

describe("changing a role", () => {
  it("applies the change and records who made it, from what and to what", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const member = await createUser();
    await expect(changeUserRoleFor(actorFor(admin), { userId: member.id, role: "EDITOR", seenRole: "MEMBER" })).resolves.toEqual({
      role: "EDITOR",
      changed: true,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("EDITOR");
    const events = await auditEventsAbout(member.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.id, action: "user.role_changed", detail: { from: "MEMBER", to: "EDITOR" } });
  });

  it("refuses a change made from a stale page: someone else changed the role first", async () => {
    const [first, second] = [await createUser({ role: "ADMIN" }), await createUser({ role: "ADMIN" })];
    const member = await createUser();
    // Both admins loaded the page while the user was a MEMBER.
    await changeUserRoleFor(actorFor(first), { userId: member.id, role: "EDITOR", seenRole: "MEMBER" });
    const error = await rejection(changeUserRoleFor(actorFor(second), { userId: member.id, role: "AUTHOR", seenRole: "MEMBER" }));
    expect(error).toMatchObject({ code: "CONFLICT", status: 409 });
    expect(error.publicMessage).toMatch(/changed by someone else.*reload/i);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("EDITOR");
    expect(await auditEventsAbout(member.id)).toHaveLength(1);
  });

  it("says not found for a user that does not exist", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const error = await rejection(changeUserRoleFor(actorFor(admin), { userId: "no-such-user", role: "EDITOR", seenRole: "MEMBER" }));
    expect(error).toMatchObject({ code: "NOT_FOUND", status: 404 });
  });

  it("is refused to an editor, and nothing is written", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const member = await createUser();
    const error = await rejection(changeUserRoleFor(actorFor(editor), { userId: member.id, role: "ADMIN", seenRole: "MEMBER" }));
    expect(error).toMatchObject({ code: "FORBIDDEN", status: 403 });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("MEMBER");
    expect(await auditEventsAbout(member.id)).toHaveLength(0);
  });

  it("refuses an unknown role with a message naming the field", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const member = await createUser();
    const error = await rejection(changeUserRoleFor(actorFor(admin), { userId: member.id, role: "OWNER" as "ADMIN", seenRole: "MEMBER" }));
    expect(error).toMatchObject({ code: "BAD_INPUT" });
    expect(error.fieldErrors.role).toMatch(/role/i);
  });
});

describe("VIP membership", () => {
  it("is granted and revoked, each change audited", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const member = await createUser();
    await setUserTierFor(actorFor(admin), { userId: member.id, tier: "VIP", seenTier: "FREE" });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).tier).toBe("VIP");
    await setUserTierFor(actorFor(admin), { userId: member.id, tier: "FREE", seenTier: "VIP" });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).tier).toBe("FREE");
    const events = await auditEventsAbout(member.id);
    expect(events.map((event) => [event.action, event.detail])).toEqual([
      ["user.tier_changed", { from: "FREE", to: "VIP" }],
      ["user.tier_changed", { from: "VIP", to: "FREE" }],
    ]);
  });

  it("refuses a grant made from a stale page", async () => {
    const admin = await createUser({ role: "ADMIN" });
    // The page showed a free member; meanwhile someone else granted VIP.
    const member = await createUser({ tier: "VIP" });
    const error = await rejection(setUserTierFor(actorFor(admin), { userId: member.id, tier: "VIP", seenTier: "FREE" }));
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect(await auditEventsAbout(member.id)).toHaveLength(0);
  });
});

describe("banning", () => {
  it("bans, ends every session (token version moves on) and records the reason, in one go", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const member = await createUser();
    await banUserFor(actorFor(admin), { userId: member.id, reason: "  Repeated personal attacks.  " });
    const banned = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(banned).toMatchObject({ status: "BANNED", banReason: "Repeated personal attacks.", tokenVersion: member.tokenVersion + 1 });
    expect(banned.bannedAt).toBeInstanceOf(Date);
    const events = await auditEventsAbout(member.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.id, action: "user.banned", detail: { reason: "Repeated personal attacks." } });
  });

  it("writes nothing when the audit row cannot be written: the ban and its record are one transaction", async () => {
    const member = await createUser();
    // An actor whose row does not exist: the audit row's foreign key fails after the ban's update.
    const ghost: TCurrentUser = { id: "ghost-admin-without-a-row", email: "ghost@example.test", name: "Ghost", role: "ADMIN", tier: "FREE", emailVerified: true };
    await expect(banUserFor(ghost, { userId: member.id, reason: "Spam." })).rejects.toThrow();
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(unchanged).toMatchObject({ status: "ACTIVE", banReason: null, bannedAt: null, tokenVersion: member.tokenVersion });
    expect(await auditEventsAbout(member.id)).toHaveLength(0);
  });

  it("needs a reason, and says so next to the field", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const member = await createUser();
    const error = await rejection(banUserFor(actorFor(admin), { userId: member.id, reason: "   " }));
    expect(error).toMatchObject({ code: "BAD_INPUT" });
    expect(error.fieldErrors.reason).toBe("Give a reason for the ban.");
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).status).toBe("ACTIVE");
  });

  it("refuses to let an admin ban themselves", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const error = await rejection(banUserFor(actorFor(admin), { userId: admin.id, reason: "Testing." }));
    expect(error.publicMessage).toBe("You cannot ban yourself.");
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).status).toBe("ACTIVE");
  });

  it("bans once when two admins ban at the same moment; the other is told it changed", async () => {
    const [first, second] = [await createUser({ role: "ADMIN" }), await createUser({ role: "ADMIN" })];
    const member = await createUser();
    const results = await Promise.allSettled([
      banUserFor(actorFor(first), { userId: member.id, reason: "First reason." }),
      banUserFor(actorFor(second), { userId: member.id, reason: "Second reason." }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [failure] = results.filter((result) => result.status === "rejected");
    expect(failure?.reason).toMatchObject({ code: "CONFLICT" });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).tokenVersion).toBe(member.tokenVersion + 1);
    expect(await auditEventsAbout(member.id)).toHaveLength(1);
  });

  it("is refused to a member, and nothing is written", async () => {
    const member = await createUser();
    const target = await createUser();
    const error = await rejection(banUserFor(actorFor(member), { userId: target.id, reason: "I do not like them." }));
    expect(error).toMatchObject({ code: "FORBIDDEN", status: 403 });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).status).toBe("ACTIVE");
  });

  it("is lifted with the old reason kept in the log; old sessions stay ended", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const member = await createUser();
    await banUserFor(actorFor(admin), { userId: member.id, reason: "Spam links." });
    await unbanUserFor(actorFor(admin), { userId: member.id });
    const lifted = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(lifted).toMatchObject({ status: "ACTIVE", banReason: null, bannedAt: null, tokenVersion: member.tokenVersion + 1 });
    const events = await auditEventsAbout(member.id);
    expect(events.map((event) => event.action)).toEqual(["user.banned", "user.unbanned"]);
    expect(events[1]?.detail).toEqual({ previousReason: "Spam links." });
    await expect(unbanUserFor(actorFor(admin), { userId: member.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("the last admin", () => {
  // "Last" counts every active admin in the database. These tests make their own admins the
  // only active ones for a moment by turning every other active admin into an editor, and turn
  // them back afterwards. Only this file creates admin rows in vitest, and its tests run in order.
  let parked: string[] = [];

  async function parkOtherAdmins(keep: string[]) {
    const others = await db.user.findMany({
      where: { role: "ADMIN", status: "ACTIVE", deletedAt: null, id: { notIn: keep } },
      select: { id: true },
    });
    parked = others.map((other) => other.id);
    await db.user.updateMany({ where: { id: { in: parked } }, data: { role: "EDITOR" } });
  }

  afterEach(async () => {
    await db.user.updateMany({ where: { id: { in: parked } }, data: { role: "ADMIN" } });
    parked = [];
  });

  it("cannot be demoted, even by themselves", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await parkOtherAdmins([admin.id]);
    const error = await rejection(changeUserRoleFor(actorFor(admin), { userId: admin.id, role: "EDITOR", seenRole: "ADMIN" }));
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect(error.publicMessage).toMatch(/last active admin/i);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });

  it("can step down once there is another admin", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const successor = await createUser();
    await parkOtherAdmins([admin.id]);
    await changeUserRoleFor(actorFor(admin), { userId: successor.id, role: "ADMIN", seenRole: "MEMBER" });
    await changeUserRoleFor(actorFor(admin), { userId: admin.id, role: "EDITOR", seenRole: "ADMIN" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("EDITOR");
    // The successor is now the last one.
    await expect(
      changeUserRoleFor(actorFor({ ...successor, role: "ADMIN" }), { userId: successor.id, role: "MEMBER", seenRole: "ADMIN" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("survives two admins demoting each other at the same moment: one of them stays", async () => {
    const [first, second] = [await createUser({ role: "ADMIN" }), await createUser({ role: "ADMIN" })];
    await parkOtherAdmins([first.id, second.id]);
    const results = await Promise.allSettled([
      changeUserRoleFor(actorFor(first), { userId: second.id, role: "MEMBER", seenRole: "ADMIN" }),
      changeUserRoleFor(actorFor(second), { userId: first.id, role: "MEMBER", seenRole: "ADMIN" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [failure] = results.filter((result) => result.status === "rejected");
    expect(failure?.reason).toMatchObject({ code: "CONFLICT", publicMessage: expect.stringMatching(/last active admin/i) });
    const roles = await db.user.findMany({ where: { id: { in: [first.id, second.id] } }, select: { role: true } });
    expect(roles.map((row) => row.role).sort()).toEqual(["ADMIN", "MEMBER"]);
  });

  it("cannot delete their own account", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await parkOtherAdmins([admin.id]);
    const error = await rejection(deleteAccountFor(actorFor(admin), { confirmation: DEFAULT_TEST_PASSWORD }));
    expect(error.publicMessage).toMatch(/last active admin/i);
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ email: admin.email, deletedAt: null });
  });
});
