// Imported authors arrive as newsroom accounts without a password; an admin invites them from
// their user page, and the emailed link lets them choose a password and sign in.
import { afterAll, describe, expect, it } from "vitest";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { verifyPassword } from "@/lib/auth/password";
import { resetPassword } from "@/lib/auth/password-reset";
import { db } from "@/lib/db/client";
import { importSiteFile } from "@/lib/import/import-site";
import { hashEmailLinkToken } from "@/lib/mail/email-link-tokens";
import { getUserForAdminFor } from "@/lib/members/get-user-for-admin";
import { canBeInvited, inviteStaffMemberFor } from "@/lib/members/invite-staff-member";
import { actorFor, createUser, uniqueSuffix } from "../factories";
import { removeScratchDirs, wordpressSlice } from "./import-fixtures";
import { rejection } from "./rejection";

afterAll(removeScratchDirs);

const NEW_PASSWORD = "a-newsroom-harbour-lantern";

async function invitationTokenFor(email: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email, kind: "staff-invitation" }, orderBy: { createdAt: "desc" } });
  const link = mail.textBody.match(/https?:\/\/\S+\/reset-password\/confirm\?token=([A-Za-z0-9_-]+)/);
  if (!link?.[1]) throw new Error(`no link in: ${mail.textBody}`);
  return link[1];
}

async function importAuthors(): Promise<{ admin: TCurrentUser; authorIds: string[]; domain: string }> {
  const suffix = uniqueSuffix().replace(/[^a-z0-9]/gi, "").toLowerCase();
  const domain = `invite-${suffix}.example.org`;
  const site = `https://${domain}`;
  const file = wordpressSlice(12, { siteUrl: site, slugPrefix: `i${suffix}-`, emailDomain: domain });
  const admin = actorFor(await createUser({ role: "ADMIN" }));
  await importSiteFile({ actor: admin, format: "wordpress", path: file, dryRun: false });
  const records = await db.importedRecord.findMany({ where: { source: `wordpress:${site}`, kind: "author" }, select: { targetId: true } });
  return { admin, authorIds: records.map((record) => record.targetId), domain };
}

describe("inviting imported authors", () => {
  it("emails a week-long link with which the author sets a password, and records who invited them", async () => {
    const { admin, authorIds } = await importAuthors();
    expect(authorIds.length).toBeGreaterThan(0);
    const authorId = authorIds[0]!;
    const shown = await getUserForAdminFor(admin, authorId);
    expect(shown).toMatchObject({ hasPassword: false, role: "AUTHOR" });
    expect(canBeInvited(shown!)).toBe(true);

    await expect(inviteStaffMemberFor(admin, { userId: authorId })).resolves.toEqual({ email: shown!.email });
    const token = await invitationTokenFor(shown!.email);
    const stored = await db.emailToken.findUniqueOrThrow({ where: { tokenHash: hashEmailLinkToken(token) } });
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(6 * 24 * 60 * 60 * 1000);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.invited", targetId: authorId } });
    expect(audit.actorId).toBe(admin.id);

    await resetPassword({ token, password: NEW_PASSWORD });
    const author = await db.user.findUniqueOrThrow({ where: { id: authorId } });
    expect(await verifyPassword(author.passwordHash ?? "", NEW_PASSWORD)).toBe(true);
    expect(author.emailVerified).toBeInstanceOf(Date);
    expect(author.role).toBe("AUTHOR");
    // With a password, there is nothing left to invite.
    expect(canBeInvited((await getUserForAdminFor(admin, authorId))!)).toBe(false);
    expect(await rejection(inviteStaffMemberFor(admin, { userId: authorId }))).toMatchObject({ code: "CONFLICT" });
  });

  it("voids an earlier invitation when a new one is sent", async () => {
    const { admin, authorIds } = await importAuthors();
    const authorId = authorIds[0]!;
    const { email } = await inviteStaffMemberFor(admin, { userId: authorId });
    const first = await invitationTokenFor(email);
    await inviteStaffMemberFor(admin, { userId: authorId });
    const second = await invitationTokenFor(email);
    expect(second).not.toBe(first);
    expect(await rejection(resetPassword({ token: first, password: NEW_PASSWORD }))).toMatchObject({ code: "BAD_INPUT" });
    await expect(resetPassword({ token: second, password: NEW_PASSWORD })).resolves.toBeUndefined();
  });

  it("is for admins only, and not for members, accounts with a password or without a real address", async () => {
    const { admin, authorIds } = await importAuthors();
    const editor = actorFor(await createUser({ role: "EDITOR" }));
    expect(await rejection(inviteStaffMemberFor(editor, { userId: authorIds[0]! }))).toMatchObject({ code: "FORBIDDEN" });
    const member = await createUser({ passwordHash: null });
    expect(await rejection(inviteStaffMemberFor(admin, { userId: member.id }))).toMatchObject({ code: "CONFLICT" });
    const staffWithPassword = await createUser({ role: "AUTHOR" });
    expect(await rejection(inviteStaffMemberFor(admin, { userId: staffWithPassword.id }))).toMatchObject({ code: "CONFLICT" });
    expect(await db.outboxEmail.count({ where: { toAddress: { in: [member.email, staffWithPassword.email] }, kind: "staff-invitation" } })).toBe(0);
  });

  it("asks for an address when the export gave the author none, keeps it, and refuses one already in use", async () => {
    const admin = actorFor(await createUser({ role: "ADMIN" }));
    const noAddress = await createUser({ role: "AUTHOR", passwordHash: null, email: `someone-${uniqueSuffix()}@imported-author.invalid` });
    expect(canBeInvited((await getUserForAdminFor(admin, noAddress.id))!)).toBe(true);
    expect(await rejection(inviteStaffMemberFor(admin, { userId: noAddress.id }))).toMatchObject({ code: "BAD_INPUT", fieldErrors: { email: expect.any(String) } });
    const someoneElse = await createUser();
    expect(await rejection(inviteStaffMemberFor(admin, { userId: noAddress.id, email: someoneElse.email }))).toMatchObject({ code: "CONFLICT" });
    expect((await db.user.findUniqueOrThrow({ where: { id: noAddress.id } })).email).toBe(noAddress.email);

    const real = `writer-${uniqueSuffix().toLowerCase()}@example.org`;
    await expect(inviteStaffMemberFor(admin, { userId: noAddress.id, email: ` ${real.toUpperCase()} ` })).resolves.toEqual({ email: real });
    expect((await db.user.findUniqueOrThrow({ where: { id: noAddress.id } })).email).toBe(real);
    const token = await invitationTokenFor(real);
    await resetPassword({ token, password: NEW_PASSWORD });
    expect(await db.outboxEmail.count({ where: { toAddress: noAddress.email } })).toBe(0);
  });
});
