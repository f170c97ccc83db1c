import "server-only";
import type { z } from "zod";
import { fieldErrorsFrom } from "@/lib/actions";
import { AppError } from "@/lib/errors";

/**
 * Parses a domain function's input. Actions have usually parsed it already with the same
 * schema; parsing again here means the function is safe whoever calls it (a script, a test, a
 * future route handler), and a bad input is a 400 with per-field messages, never a 500.
 */
export function parseInputOrThrow<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.infer<TSchema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("BAD_INPUT", "Please correct the highlighted fields.", {
      fieldErrors: fieldErrorsFrom(parsed.error),
    });
  }
  return parsed.data;
}
