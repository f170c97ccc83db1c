import { randomBytes } from "node:crypto";

// Vitest runs files in parallel workers against one database: a per-process random prefix
// keeps workers apart, the counter keeps calls within one worker apart.
const processPrefix = randomBytes(3).toString("hex");
let counter = 0;

/** A short string no other call in any test process will return, for emails, slugs and handles. */
export function uniqueSuffix(): string {
  counter += 1;
  return `${processPrefix}${counter.toString(36)}`;
}
