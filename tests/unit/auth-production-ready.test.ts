import { afterEach, describe, expect, it, vi } from "vitest";

// lib/env caches the parsed environment, so each case loads a fresh copy of the module.
async function freshEnvModule() {
  vi.resetModules();
  return import("@/lib/env");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("assertProductionReady (called at boot by instrumentation.ts)", () => {
  it("stops a production server that has no NEXTAUTH_SECRET, naming the variable", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_SECRET", undefined);
    const { assertProductionReady } = await freshEnvModule();
    expect(() => assertProductionReady()).toThrow(/NEXTAUTH_SECRET is not set/);
  });

  it("refuses a production secret that is too short to sign sessions", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_SECRET", "short");
    const { assertProductionReady } = await freshEnvModule();
    expect(() => assertProductionReady()).toThrow(/NEXTAUTH_SECRET/);
  });

  it("lets production start with a real secret, and development without one", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_SECRET", "a-production-secret-of-at-least-32-characters");
    await expect(freshEnvModule().then((env) => env.assertProductionReady())).resolves.toBeUndefined();

    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("NEXTAUTH_SECRET", undefined);
    await expect(freshEnvModule().then((env) => env.assertProductionReady())).resolves.toBeUndefined();
  });
});
