// Shared by the comment integration tests: the signed-in actor as the guards see it, a unique
// client address and form token, and refusals as AppErrors.
import { randomBytes, randomInt } from "node:crypto";

// The actor and the refusal are shared by every integration test; the names stay for these files.
export { actorFor as actor } from "../factories";
export { rejection } from "./rejection";

export function clientToken(): string {
  return randomBytes(16).toString("hex");
}

export function address(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}
