// The texts of the account emails. Plain text, so a display name cannot inject markup; control
// characters are flattened so it cannot fake extra lines either.
import { serverEnv } from "@/lib/env";
import type { TOutgoingEmail } from "./enqueue-email";
import { siteLink } from "./site-link";

type TRecipient = { email: string; name: string };

function oneLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
}

function signature(): string {
  return `-- \n${serverEnv().SITE_NAME}\n${siteLink("/")}`;
}

export function verificationEmail(recipient: TRecipient, token: string): TOutgoingEmail {
  const site = serverEnv().SITE_NAME;
  return {
    to: recipient.email,
    kind: "verify-email",
    subject: `Confirm your email address for ${site}`,
    text: [
      `Hello ${oneLine(recipient.name)},`,
      "",
      `Please confirm that this is your email address: open the link below and press "Verify email".`,
      "",
      siteLink("/verify-email", { token }),
      "",
      `The link works once and expires in 24 hours. If you did not create an account on ${site}, ignore this email: nothing happens until someone presses the button.`,
      "",
      signature(),
    ].join("\n"),
  };
}

export function passwordResetEmail(recipient: TRecipient, token: string): TOutgoingEmail {
  const site = serverEnv().SITE_NAME;
  return {
    to: recipient.email,
    kind: "reset-password",
    subject: `Reset your ${site} password`,
    text: [
      `Hello ${oneLine(recipient.name)},`,
      "",
      `Someone asked to reset the password of your ${site} account. To choose a new password, open this link:`,
      "",
      siteLink("/reset-password/confirm", { token }),
      "",
      "The link works once and expires in 1 hour. Setting a new password signs you out everywhere.",
      "If you did not ask for this, ignore this email: your password stays as it is.",
      "",
      signature(),
    ].join("\n"),
  };
}

/**
 * An admin's invitation to a newsroom account made without a password (an imported author):
 * the link is a password-setting link that lives longer than a reset link.
 */
export function staffInvitationEmail(recipient: TRecipient, token: string, input: { invitedBy: string; days: number }): TOutgoingEmail {
  const site = serverEnv().SITE_NAME;
  return {
    to: recipient.email,
    kind: "staff-invitation",
    subject: `You are invited to the ${site} newsroom`,
    text: [
      `Hello ${oneLine(recipient.name)},`,
      "",
      `${oneLine(input.invitedBy)} invited you to the ${site} newsroom, where your articles now are. To choose your password and sign in, open this link:`,
      "",
      siteLink("/reset-password/confirm", { token }),
      "",
      `The link works once and expires in ${input.days} days. If you did not expect this, ignore this email: nothing happens until someone chooses a password.`,
      "",
      signature(),
    ].join("\n"),
  };
}

/** Sent instead of a verification email when someone signs up with an address that already has an account. */
export function signUpAttemptEmail(recipient: TRecipient): TOutgoingEmail {
  const site = serverEnv().SITE_NAME;
  return {
    to: recipient.email,
    kind: "sign-up-attempt",
    subject: `Someone tried to create a ${site} account with your email`,
    text: [
      `Hello ${oneLine(recipient.name)},`,
      "",
      `Someone tried to create a new ${site} account with this email address. You already have an account, so nothing has changed.`,
      "",
      `If it was you, sign in here: ${siteLink("/sign-in")}`,
      `Forgotten your password? Choose a new one here: ${siteLink("/reset-password")}`,
      "",
      "If it was not you, you can ignore this email.",
      "",
      signature(),
    ].join("\n"),
  };
}
