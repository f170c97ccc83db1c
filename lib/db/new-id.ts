import { randomBytes } from "node:crypto";

// Ids for rows inserted with plain SQL, shaped like the cuids Prisma makes for `@default(cuid())`
// (a "c", the time in base 36, a counter, random characters: 25 in all), so ids from either
// path look alike, pass the same checks and sort roughly by creation time as before.

let counter = Math.floor(Math.random() * 36 ** 4);

export function newCuid(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, "0");
  const count = counter.toString(36).padStart(4, "0");
  const random = [...randomBytes(12)].map((byte) => (byte % 36).toString(36)).join("");
  return `c${time}${count}${random}`;
}
