// Shared by the comment integration tests: the signed-in actor as the guards see it, a unique
// client address and form token, and refusals as AppErrors.
import { randomBytes, randomInt } from "node:crypto";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import type { User } from "@/lib/generated/prisma/client";

export function actor(user: User): TCurrentUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role, tier: user.tier, emailVerified: true };
}

export function clientToken(): string {
  return randomBytes(16).toString("hex");
}

export function address(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}
