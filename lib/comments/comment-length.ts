import { AppError } from "@/lib/errors";

const number = new Intl.NumberFormat("en-US");

/** The site's length limit (a setting), with the field named and both numbers given. */
export function assertCommentLength(body: string, maxLength: number): void {
  if (body.length <= maxLength) return;
  throw new AppError("BAD_INPUT", "Please correct the highlighted fields.", {
    fieldErrors: {
      body: `Comments can be at most ${number.format(maxLength)} characters; yours has ${number.format(body.length)}.`,
    },
  });
}
