// What a valid credential looks like, shared by the forms (checked before submitting) and the
// server (checked again, because a POST need not come from our form). Client-safe: no database,
// no "server-only". Messages name the field, because they are shown next to it.
import { z } from "zod";
import { ZDisplayName } from "@/lib/members/member-schemas";
import { isCommonPassword } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;

/** Emails are compared trimmed and lower-cased (the database lower-cases them too). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const ZEmail = z
  .string({ message: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, { message: "Enter your email address." })
  .max(EMAIL_MAX_LENGTH, { message: `Email must be at most ${EMAIL_MAX_LENGTH} characters.` })
  .pipe(z.email({ message: "Enter an email address like name@example.com." }));

/** A password being typed to sign in: checked only for presence, never against the policy. */
export const ZPasswordAttempt = z
  .string({ message: "Enter your password." })
  .min(1, { message: "Enter your password." })
  .max(PASSWORD_MAX_LENGTH, { message: `Password must be at most ${PASSWORD_MAX_LENGTH} characters.` });

/** A password being chosen: long enough, not absurdly long, not one everybody else chose. */
export const ZNewPassword = z
  .string({ message: "Choose a password." })
  .min(PASSWORD_MIN_LENGTH, { message: `Password must be at least ${PASSWORD_MIN_LENGTH} characters.` })
  .max(PASSWORD_MAX_LENGTH, { message: `Password must be at most ${PASSWORD_MAX_LENGTH} characters.` })
  .refine((password) => !isCommonPassword(password), {
    message: "Password is too common: choose one that is harder to guess, such as a few unrelated words.",
  });

export const PASSWORD_IS_EMAIL_MESSAGE = "Password must not be your email address.";

/** The policy's last rule, which needs the account's email. */
export function passwordMatchesEmail(password: string, email: string): boolean {
  const lowered = password.trim().toLowerCase();
  const normalized = normalizeEmail(email);
  return lowered === normalized || lowered === normalized.split("@")[0];
}

export const ZSignUpInput = z
  .object({ email: ZEmail, password: ZNewPassword, name: ZDisplayName })
  .superRefine((input, context) => {
    if (passwordMatchesEmail(input.password, input.email)) {
      context.addIssue({ code: "custom", path: ["password"], message: PASSWORD_IS_EMAIL_MESSAGE });
    }
  });
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

export const ZSignInInput = z.object({ email: ZEmail, password: ZPasswordAttempt });
export type TSignInInput = z.infer<typeof ZSignInInput>;
