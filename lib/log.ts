// Server-side logging. One place, so later we can ship logs somewhere without touching callers.

export function logError(message: string, error: unknown, context: Record<string, unknown> = {}) {
  const detail =
    error instanceof Error
      ? { errorName: error.name, errorMessage: error.message, stack: error.stack }
      : { errorMessage: String(error) };
  console.error(JSON.stringify({ level: "error", time: new Date().toISOString(), message, ...context, ...detail }));
}

export function logInfo(message: string, context: Record<string, unknown> = {}) {
  console.log(JSON.stringify({ level: "info", time: new Date().toISOString(), message, ...context }));
}
