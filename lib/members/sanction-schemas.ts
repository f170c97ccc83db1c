import { z } from "zod";

// Form fields of bans and shadow bans. Client-safe: the ban form shows the same limits.

export const BAN_DURATION_MAX_DAYS = 3650;
const DURATION_MESSAGE = `Choose how long the ban lasts: 1 to ${BAN_DURATION_MAX_DAYS} days, or until lifted.`;

/** Days until a ban ends by itself: empty, null or absent for a ban until lifted. */
export const ZBanDurationDays = z
  .union([z.number(), z.string()], { message: DURATION_MESSAGE })
  .nullable()
  .optional()
  .transform((value, context) => {
    if (value === undefined || value === null) return null;
    const text = String(value).trim();
    if (text === "") return null;
    if (!/^\d{1,5}$/.test(text)) {
      context.addIssue({ code: "custom", message: DURATION_MESSAGE });
      return z.NEVER;
    }
    return Number(text);
  })
  .pipe(z.number().min(1, { message: DURATION_MESSAGE }).max(BAN_DURATION_MAX_DAYS, { message: DURATION_MESSAGE }).nullable());

/** A form checkbox: "on" when ticked, absent when not; booleans from scripts and tests. */
export const ZCheckbox = z
  .union([z.boolean(), z.enum(["on", "true", "false", ""])], { message: "Tick the box or leave it empty." })
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");
