import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";

// Field schemas shared by the admin and account forms and the domain functions that receive
// their input. Messages name the field, because they are shown next to it. Client-safe (no
// "server-only"): lib/auth/password-policy.ts builds the sign-up form's schema from these.

/** A user id as we make them (cuid); anything else cannot be a row and never reaches a query. */
export const ZUserId = z
  .string({ message: "The user id is missing." })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { message: "The user id is not valid." });

export const ZRole = z.enum(ROLES, { message: "Choose a role: admin, editor, author or member." });

export const ZMembershipTier = z.enum(["FREE", "VIP"], { message: "Choose a membership: free or VIP." });

export const BAN_REASON_MAX_LENGTH = 500;
export const ZBanReason = z
  .string({ message: "Give a reason for the ban." })
  .trim()
  .min(1, { message: "Give a reason for the ban." })
  .max(BAN_REASON_MAX_LENGTH, { message: `The reason for the ban must be at most ${BAN_REASON_MAX_LENGTH} characters.` });

export const DISPLAY_NAME_MAX_LENGTH = 80;
export const ZDisplayName = z
  .string({ message: "Enter a display name." })
  .trim()
  .min(1, { message: "Enter a display name." })
  .max(DISPLAY_NAME_MAX_LENGTH, { message: `Display name must be at most ${DISPLAY_NAME_MAX_LENGTH} characters.` });

export const BIO_MAX_LENGTH = 1000;
export const ZBio = z
  .string()
  .trim()
  .max(BIO_MAX_LENGTH, { message: `Bio must be at most ${BIO_MAX_LENGTH} characters.` })
  .default("");

export const USER_SEARCH_MAX_LENGTH = 200;

