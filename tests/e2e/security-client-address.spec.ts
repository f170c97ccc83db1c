// Per-address limits count the socket's address; X-Forwarded-For is believed only from a
// trusted proxy (TRUSTED_PROXIES, 127.0.0.1 for the e2e server: that is how the other specs
// claim addresses of their own). A client on another address that writes a new
// X-Forwarded-For on every request is still one client.
import http from "node:http";
import { randomInt } from "node:crypto";
import { expect, test } from "./helpers/test";
import { type Page } from "@playwright/test";
import { db } from "@/lib/db/client";
import { rateLimitKey } from "@/lib/rate-limit/rate-limit-key";
import { uniqueSuffix } from "../factories";
import { uniqueClientAddress } from "./helpers/client-address";
import { captureServerAction, type TCapturedAction } from "./helpers/server-action-replay";

/** Sends a captured server action from `localAddress` (any 127.x.y.z is this machine). */
function sendFrom(localAddress: string, action: TCapturedAction, extraHeaders: Record<string, string>): Promise<{ status: number; body: string }> {
  const url = new URL(action.url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: "POST",
        localAddress,
        headers: {
          "next-action": action.headers["next-action"] ?? "",
          "content-type": action.headers["content-type"] ?? "",
          accept: "text/x-component",
          origin: action.origin,
          ...extraHeaders,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    request.on("error", reject);
    request.end(action.body);
  });
}

async function captureSignUp(page: Page): Promise<TCapturedAction> {
  await page.goto("/sign-up");
  const suffix = uniqueSuffix();
  return captureServerAction(page, "/sign-up", async () => {
    await page.getByLabel("Email").fill(`forger-${suffix}@example.com`);
    await page.getByLabel("Password").fill("harbour-lantern-quietly-57");
    await page.getByLabel("Display name").fill(`Forger ${suffix}`);
    await page.getByRole("button", { name: "Create account" }).click();
  });
}

test("a client forging a new X-Forwarded-For on every sign-up is still limited to five an hour", async ({ page }) => {
  test.slow(); // six argon2 hashes
  const action = await captureSignUp(page);
  // An address of its own (never the trusted 127.0.0.1), fresh each run.
  const client = `127.${randomInt(1, 255)}.${randomInt(256)}.${randomInt(1, 255)}`;
  const answers: string[] = [];
  for (let i = 0; i < 6; i++) {
    const forged = uniqueClientAddress();
    const answer = await sendFrom(client, action, { "x-forwarded-for": forged, "x-real-ip": forged, "x-masthead-socket-address": forged });
    answers.push(answer.body);
  }
  for (const body of answers.slice(0, 5)) expect(body).not.toContain("Too many attempts");
  expect(answers[5]).toContain("Too many attempts");
  // Counted against the socket's own address, stamped by the server.
  const row = await db.rateLimit.findUnique({ where: { key: rateLimitKey("sign-up:address", client) } });
  expect(row?.hits).toBe(6);
});

test("through the trusted proxy (127.0.0.1) each forwarded address is a client of its own", async ({ page }) => {
  test.slow();
  const action = await captureSignUp(page);
  for (let i = 0; i < 6; i++) {
    const answer = await sendFrom("127.0.0.1", action, { "x-forwarded-for": `6.6.6.6, ${uniqueClientAddress()}` });
    expect(answer.body).not.toContain("Too many attempts");
  }
  // The address the client wrote itself (left of what the proxy appended) was never counted.
  expect(await db.rateLimit.findUnique({ where: { key: rateLimitKey("sign-up:address", "6.6.6.6") } })).toBeNull();
});
