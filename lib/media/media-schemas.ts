import { z } from "zod";

// Field schemas for media, shared by the forms and the domain functions (STYLE.md habit 5).

export const ALT_TEXT_MAX_LENGTH = 300;
export const CAPTION_MAX_LENGTH = 1000;
export const CREDIT_MAX_LENGTH = 200;

export const ZMediaId = z.string().trim().min(1, { message: "Choose an image." }).max(64);

export const ZAltText = z
  .string()
  .trim()
  .max(ALT_TEXT_MAX_LENGTH, { message: `Keep the alt text under ${ALT_TEXT_MAX_LENGTH} characters.` });

/** Alt text is required before an image can be used; saving an image's details requires it. */
export const ZRequiredAltText = ZAltText.min(1, { message: "Describe the image for people who cannot see it." });

/** Empty means none: stored as null. Accepts null too, so a parsed input parses again. */
export const ZCaption = z
  .string()
  .trim()
  .max(CAPTION_MAX_LENGTH, { message: `Keep the caption under ${CAPTION_MAX_LENGTH} characters.` })
  .nullable()
  .transform((value) => (value === "" ? null : value));

export const ZCredit = z
  .string()
  .trim()
  .max(CREDIT_MAX_LENGTH, { message: `Keep the credit under ${CREDIT_MAX_LENGTH} characters.` })
  .nullable()
  .transform((value) => (value === "" ? null : value));
