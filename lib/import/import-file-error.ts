import { AppError } from "@/lib/errors";

/** A file that cannot be imported at all: says where (line or item) and why. Nothing is written. */
export function importFileError(where: string, reason: string, cause?: unknown): AppError {
  return new AppError("BAD_INPUT", `This file cannot be imported: ${reason} (${where}). Nothing was imported.`, { cause });
}

/** Turns a stream or parser failure (gzip, XML, JSON) into the sentence a person needs. */
export function describeReadFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/unexpected end of file/i.test(message)) return "the file ends too early (truncated gzip data)";
  if (/incorrect header check|invalid (block|stored|distance)/i.test(message)) return "the gzip data is damaged";
  return message.replace(/\s+/g, " ").slice(0, 300);
}
