import { describe, expect, it } from "vitest";
import { ACCOUNT_SIGN_IN_POLICY, ADDRESS_SIGN_IN_POLICY, throttleDelaySeconds } from "@/lib/rate-limit/throttle-schedule";

describe("the sign-in throttle schedule", () => {
  it("lets an account fail four times, then waits 2^(n-5) × 30 s from the fifth failure, capped at 15 minutes", () => {
    const delays = Array.from({ length: 12 }, (_, index) => throttleDelaySeconds(index + 1, ACCOUNT_SIGN_IN_POLICY));
    expect(delays).toEqual([0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900]);
  });

  it("is more generous per address, which many readers may share", () => {
    expect(throttleDelaySeconds(19, ADDRESS_SIGN_IN_POLICY)).toBe(0);
    expect(throttleDelaySeconds(20, ADDRESS_SIGN_IN_POLICY)).toBe(30);
    expect(throttleDelaySeconds(21, ADDRESS_SIGN_IN_POLICY)).toBe(60);
  });

  it("stays at the cap for absurd counts and is zero for nonsense", () => {
    expect(throttleDelaySeconds(10_000, ACCOUNT_SIGN_IN_POLICY)).toBe(900);
    expect(throttleDelaySeconds(0, ACCOUNT_SIGN_IN_POLICY)).toBe(0);
    expect(throttleDelaySeconds(Number.NaN, ACCOUNT_SIGN_IN_POLICY)).toBe(0);
  });
});
