// One error type for expected failures. `publicMessage` is safe to show a reader; `message` is
// for logs. Anything that is not an AppError is unexpected: log it with context and show a
// plain sentence (see STYLE.md, habit 6).

export type TAppErrorCode =
  | "BAD_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "INTERNAL";

const STATUS: Record<TAppErrorCode, number> = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Please try again in a moment.";

export class AppError extends Error {
  readonly code: TAppErrorCode;
  readonly status: number;
  readonly publicMessage: string;
  /** Per-field messages for forms, keyed by field name. */
  readonly fieldErrors: Record<string, string>;
  /** For RATE_LIMITED: seconds until a retry can succeed (sent as Retry-After). */
  readonly retryAfterSeconds: number | null;

  constructor(
    code: TAppErrorCode,
    publicMessage: string,
    options: { message?: string; fieldErrors?: Record<string, string>; cause?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(options.message ?? publicMessage, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = STATUS[code];
    this.publicMessage = publicMessage;
    this.fieldErrors = options.fieldErrors ?? {};
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
