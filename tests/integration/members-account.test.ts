// What people do to their own account: profile, password, deletion. Actors are members: admin
// rows belong to members-admin-actions.test.ts (its "last admin" tests count them).
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { listArticleComments } from "@/lib/comments/list-article-comments";
import { changePasswordFor } from "@/lib/members/change-password";
import { deleteAccountFor, deletedAccountEmail } from "@/lib/members/delete-account";
import { updateProfileFor } from "@/lib/members/update-profile";
import { createArticle, createComment, createUser, DEFAULT_TEST_PASSWORD, uniqueSuffix, actorFor } from "../factories";
import { rejection } from "./rejection";

const NEW_PASSWORD = "lantern-harbour-copper-kettle";

describe("editing a profile", () => {
  it("saves the display name and bio, trimmed", async () => {
    const member = await createUser();
    await updateProfileFor(actorFor(member), { name: "  Mara Voss ", bio: " Reads the council minutes so you do not have to. " });
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      name: "Mara Voss",
      bio: "Reads the council minutes so you do not have to.",
    });
  });

  it("refuses an empty display name with a message naming the field", async () => {
    const member = await createUser();
    const error = await rejection(updateProfileFor(actorFor(member), { name: "   ", bio: "" }));
    expect(error.fieldErrors.name).toBe("Enter a display name.");
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).name).toBe(member.name);
  });

  it("changes only the signed-in person, whatever the form says", async () => {
    const member = await createUser();
    const other = await createUser();
    const forged = { name: "Hijacked", bio: "", id: other.id, userId: other.id } as { name: string; bio: string };
    await updateProfileFor(actorFor(member), forged);
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).name).toBe(other.name);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).name).toBe("Hijacked");
  });
});

describe("changing a password", () => {
  it("needs the current password, and changes nothing without it", async () => {
    const member = await createUser();
    const error = await rejection(changePasswordFor(actorFor(member), { currentPassword: "not-my-password-at-all", newPassword: NEW_PASSWORD }));
    expect(error.fieldErrors.currentPassword).toBe("That is not your current password.");
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(unchanged.tokenVersion).toBe(member.tokenVersion);
    expect(await verifyPassword(unchanged.passwordHash ?? "", DEFAULT_TEST_PASSWORD)).toBe(true);
  });

  it("applies the password policy to the new one", async () => {
    const member = await createUser();
    const error = await rejection(changePasswordFor(actorFor(member), { currentPassword: DEFAULT_TEST_PASSWORD, newPassword: "short" }));
    expect(error.fieldErrors.newPassword).toMatch(/at least 12 characters/);
  });

  it("stores the new password, ends other sessions and voids outstanding reset links", async () => {
    const member = await createUser();
    await db.emailToken.create({
      data: { userId: member.id, purpose: "RESET_PASSWORD", tokenHash: `hash-${uniqueSuffix()}`, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const { tokenVersion } = await changePasswordFor(actorFor(member), { currentPassword: DEFAULT_TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(tokenVersion).toBe(member.tokenVersion + 1);
    const changed = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(changed.tokenVersion).toBe(tokenVersion);
    expect(await verifyPassword(changed.passwordHash ?? "", NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(changed.passwordHash ?? "", DEFAULT_TEST_PASSWORD)).toBe(false);
    expect(await db.emailToken.count({ where: { userId: member.id, purpose: "RESET_PASSWORD" } })).toBe(0);
    expect(await db.auditEvent.count({ where: { targetId: member.id, action: "user.password_changed" } })).toBe(1);
  });
});

describe("deleting an account", () => {
  it("erases personal data and sign-in material but keeps comments, shown as Deleted account", async () => {
    const member = await createUser({ name: `Private Person ${uniqueSuffix()}`, bio: "Lives on Harbour Street.", image: "https://example.com/me.png" });
    const article = await createArticle();
    const comment = await createComment({ articleId: article.id, authorId: member.id, body: "I disagree with the council." });
    await db.account.create({ data: { userId: member.id, type: "oauth", provider: "example", providerAccountId: `acct-${uniqueSuffix()}` } });
    await db.session.create({ data: { userId: member.id, sessionToken: `session-${uniqueSuffix()}`, expires: new Date(Date.now() + 3_600_000) } });
    await db.emailToken.create({
      data: { userId: member.id, purpose: "VERIFY_EMAIL", tokenHash: `hash-${uniqueSuffix()}`, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    await db.outboxEmail.create({ data: { toAddress: member.email, subject: "Welcome", textBody: "Hello", kind: "verify-email" } });

    await deleteAccountFor(actorFor(member), { confirmation: DEFAULT_TEST_PASSWORD });

    const erased = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(erased).toMatchObject({
      email: deletedAccountEmail(member.id),
      name: "Deleted account",
      bio: "",
      image: null,
      handle: null,
      passwordHash: null,
      emailVerified: null,
      tokenVersion: member.tokenVersion + 1,
    });
    expect(erased.deletedAt).toBeInstanceOf(Date);
    expect(erased.email).toBe(`deleted-${member.id}@deleted.invalid`);
    expect(await db.account.count({ where: { userId: member.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: member.id } })).toBe(0);
    expect(await db.emailToken.count({ where: { userId: member.id } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { toAddress: member.email } })).toBe(0);

    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({ body: "I disagree with the council.", status: "PUBLISHED" });
    const thread = await listArticleComments(article.id);
    expect(thread.comments.find((shown) => shown.id === comment.id)?.authorName).toBe("Deleted account");
    expect(await db.auditEvent.count({ where: { targetId: member.id, action: "user.deleted" } })).toBe(1);
  });

  it("needs the password typed to confirm, and changes nothing without it", async () => {
    const member = await createUser();
    const error = await rejection(deleteAccountFor(actorFor(member), { confirmation: member.email }));
    expect(error.fieldErrors.confirmation).toBe("That is not your password.");
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ email: member.email, deletedAt: null });
  });

  it("is confirmed with the email address by an account that has no password", async () => {
    const member = await createUser({ password: null });
    await deleteAccountFor(actorFor(member), { confirmation: ` ${member.email.toUpperCase()} ` });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).deletedAt).toBeInstanceOf(Date);
  });
});
