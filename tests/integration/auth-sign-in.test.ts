import { describe, expect, it } from "vitest";
import { signIn, SIGN_IN_REJECTED_MESSAGE } from "@/lib/auth/sign-in";
import { SIGN_IN_ATTACK_ACTION, SIGN_IN_ATTACK_ALERT } from "@/lib/auth/sign-in-attack-alert";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createUser, DEFAULT_TEST_PASSWORD, uniqueSuffix } from "../factories";
import { rejection } from "./rejection";

function address(): string {
  return `test-address-${uniqueSuffix()}`;
}

function visible(error: AppError) {
  return { code: error.code, status: error.status, publicMessage: error.publicMessage, fieldErrors: error.fieldErrors, message: error.message };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run().catch(() => {});
  return performance.now() - started;
}

describe("signing in", () => {
  it("accepts the right password, whatever the case of the email", async () => {
    const user = await createUser();
    const signedIn = await signIn({ email: ` ${user.email.toUpperCase()} `, password: DEFAULT_TEST_PASSWORD }, address());
    expect(signedIn).toEqual({ id: user.id, tokenVersion: user.tokenVersion, role: "MEMBER", isBanned: false });
  });

  it("gives an unknown email and a wrong password the very same answer", async () => {
    const user = await createUser();
    const unknown = await rejection(signIn({ email: `nobody-${uniqueSuffix()}@example.com`, password: DEFAULT_TEST_PASSWORD }, address()));
    const wrong = await rejection(signIn({ email: user.email, password: "not-the-right-password" }, address()));
    const noPassword = await rejection(signIn({ email: (await createUser({ password: null })).email, password: "anything-at-all" }, address()));
    expect(visible(unknown)).toEqual(visible(wrong));
    expect(visible(noPassword)).toEqual(visible(wrong));
    expect(wrong.publicMessage).toBe(SIGN_IN_REJECTED_MESSAGE);
    expect(wrong.status).toBe(401);
  });

  it("takes about as long for an unknown email as for a wrong password", async () => {
    const user = await createUser();
    const unknownEmail = `nobody-${uniqueSuffix()}@example.com`;
    await signIn({ email: unknownEmail, password: "warm-up" }, address()).catch(() => {});
    let unknownTime = 0;
    let wrongTime = 0;
    for (let i = 0; i < 3; i++) {
      unknownTime += await timed(() => signIn({ email: unknownEmail, password: "wrong-password" }, address()));
      wrongTime += await timed(() => signIn({ email: user.email, password: "wrong-password" }, address()));
    }
    // Without the dummy hash an unknown email answers in a few milliseconds, ten times faster.
    // The bounds are loose: other test files share the machine's two cores.
    expect(unknownTime / wrongTime).toBeGreaterThan(0.33);
    expect(unknownTime / wrongTime).toBeLessThan(3);
  });

  it("waits after five wrong passwords from one address, even for the right one", async () => {
    const user = await createUser();
    const guesser = address();
    for (let i = 0; i < 5; i++) await rejection(signIn({ email: user.email, password: `wrong-${i}` }, guesser));
    const throttled = await rejection(signIn({ email: user.email, password: DEFAULT_TEST_PASSWORD }, guesser));
    expect(throttled.status).toBe(429);
    expect(throttled.publicMessage).toBe("Too many attempts. Try again in 1 minute.");
  });

  it("cannot lock the owner out: their right password from another address still works", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const stranger = address();
    for (let i = 0; i < 8; i++) await rejection(signIn({ email: editor.email, password: `wrong-${i}` }, stranger));
    expect((await rejection(signIn({ email: editor.email, password: DEFAULT_TEST_PASSWORD }, stranger))).status).toBe(429);
    await expect(signIn({ email: editor.email, password: DEFAULT_TEST_PASSWORD }, address())).resolves.toMatchObject({ id: editor.id });
    // ...and the stranger is still waiting: the owner's sign-in cleared only the owner's counter.
    expect((await rejection(signIn({ email: editor.email, password: "another-guess" }, stranger))).status).toBe(429);
  });

  it("alerts admins in the audit log once when a staff account is under sustained attack", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const member = await createUser();
    // Guesses spread over many addresses, each under its own limit.
    for (let i = 0; i < SIGN_IN_ATTACK_ALERT.limit + 2; i++) {
      await rejection(signIn({ email: editor.email, password: `spread-${i}` }, address()));
      await rejection(signIn({ email: member.email, password: `spread-${i}` }, address()));
    }
    const alerts = await db.auditEvent.findMany({ where: { action: SIGN_IN_ATTACK_ACTION, targetId: { in: [editor.id, member.id] } } });
    expect(alerts.map((alert) => alert.targetId)).toEqual([editor.id]);
    expect(alerts[0]?.detail).toMatchObject({ failedSignIns: SIGN_IN_ATTACK_ALERT.limit });
  });

  it("throttles unknown emails exactly like accounts, so waiting reveals nothing", async () => {
    const email = `nobody-${uniqueSuffix()}@example.com`;
    const guesser = address();
    for (let i = 0; i < 5; i++) await rejection(signIn({ email, password: `wrong-${i}` }, guesser));
    expect((await rejection(signIn({ email, password: "wrong" }, guesser))).status).toBe(429);
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const user = await createUser();
    const owner = address();
    for (let i = 0; i < 4; i++) await rejection(signIn({ email: user.email, password: `wrong-${i}` }, owner));
    await signIn({ email: user.email, password: DEFAULT_TEST_PASSWORD }, owner);
    for (let i = 0; i < 4; i++) await rejection(signIn({ email: user.email, password: `wrong-again-${i}` }, owner));
    await expect(signIn({ email: user.email, password: DEFAULT_TEST_PASSWORD }, owner)).resolves.toMatchObject({ id: user.id });
  });

  it("throttles one address guessing across many accounts", async () => {
    const sprayer = address();
    for (let i = 0; i < 20; i++) await rejection(signIn({ email: `victim-${uniqueSuffix()}@example.com`, password: "guess" }, sprayer));
    const user = await createUser();
    expect((await rejection(signIn({ email: user.email, password: DEFAULT_TEST_PASSWORD }, sprayer))).status).toBe(429);
    await expect(signIn({ email: user.email, password: DEFAULT_TEST_PASSWORD }, address())).resolves.toMatchObject({ id: user.id });
  });

  it("lets a banned user's credentials through, flagged, so the session can show the ban", async () => {
    const user = await createUser({ status: "BANNED", banReason: "Spam" });
    await expect(signIn({ email: user.email, password: DEFAULT_TEST_PASSWORD }, address())).resolves.toMatchObject({ id: user.id, isBanned: true });
  });
});
