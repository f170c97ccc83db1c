import { AppError } from "@/lib/errors";

/** "1 minute", "4 minutes": rounded up, so a reader never comes back too early. */
export function formatWait(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

export function tooManyAttemptsError(retryAfterSeconds: number, context: string): AppError {
  return new AppError("RATE_LIMITED", `Too many attempts. Try again in ${formatWait(retryAfterSeconds)}.`, {
    message: `rate limited: ${context}, retry after ${retryAfterSeconds}s`,
    retryAfterSeconds: Math.max(1, retryAfterSeconds),
  });
}
