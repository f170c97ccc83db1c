// Runs once when the Next server boots: validate the environment so a bad variable stops
// start-up with a message naming it, instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { assertProductionReady, parseServerEnv } = await import("./lib/env");
    parseServerEnv();
    assertProductionReady();
  }
}
