import { z } from "zod";

// Field schemas shared by the comment forms and the functions behind them. Form data arrives
// as strings; the body's length limit is a site setting, so it is checked where settings are read.

export const ZCommentId = z
  .string({ message: "This comment could not be found." })
  .min(1, { message: "This comment could not be found." })
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { message: "This comment could not be found." });

export const ZArticleId = z
  .string({ message: "This story could not be found." })
  .min(1, { message: "This story could not be found." })
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { message: "This story could not be found." });

/** Line endings normalised and surrounding blank space trimmed; emptiness is refused with the field named. */
export const ZCommentBody = z
  .string({ message: "Write your comment first." })
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().min(1, { message: "Write your comment first." }).max(100_000, { message: "This comment is far too long." }));

/** A random key the form carries (one per form shown): the same key twice is the same comment. */
export const ZClientToken = z
  .string({ message: "This form is out of date. Reload the page and try again." })
  .regex(/^[A-Za-z0-9_-]{16,64}$/, { message: "This form is out of date. Reload the page and try again." });

/** Empty (or null, when parsed twice) for a top-level comment. */
export const ZOptionalParentId = z
  .string()
  .nullish()
  .transform((value) => (value ? value : null))
  .pipe(ZCommentId.nullable());

export const HONEYPOT_FIELD = "website";
