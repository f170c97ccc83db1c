// Per-address limits on what a stranger can make the site spend (issue 15, item 11): searches
// and view beacons, counted in PostgreSQL (lib/rate-limit/rules.ts) and answered 429 with
// Retry-After. Each test claims its own client address through the trusted proxy 127.0.0.1
// (helpers/client-address.ts), so nothing else is limited by them.
import { SEARCHES_PER_ADDRESS, VIEW_BEACONS_PER_ADDRESS } from "@/lib/rate-limit/rules";
import { createArticle, uniqueSuffix } from "../factories";
import { uniqueClientAddress } from "./helpers/client-address";
import { expect, test } from "./helpers/test";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

test("new searches from one address are limited, with a page saying when to try again; repeating a cached search is not", async ({ page, request }) => {
  test.setTimeout(60_000);
  const address = uniqueClientAddress();
  const suffix = uniqueSuffix();
  const headers = { "x-forwarded-for": address };
  // Under the limit every search works; the same search again costs nothing.
  for (let i = 0; i < SEARCHES_PER_ADDRESS.limit; i++) {
    const response = await request.get(`/search?q=${encodeURIComponent(`limit ${suffix} ${i}`)}`, { headers });
    expect(response.status(), `search ${i}`).toBe(200);
  }
  for (let i = 0; i < 5; i++) expect((await request.get(`/search?q=${encodeURIComponent(`limit ${suffix} 0`)}`, { headers })).status()).toBe(200);

  const limited = await request.get(`/search?q=${encodeURIComponent(`limit ${suffix} over`)}`, { headers });
  expect(limited.status()).toBe(429);
  const wait = Number(limited.headers()["retry-after"]);
  expect(wait).toBeGreaterThan(0);
  expect(wait).toBeLessThanOrEqual(SEARCHES_PER_ADDRESS.windowSeconds);
  // Filtered searches are rendered for each request: limited the same way.
  expect((await request.get(`/search?q=budget&page=2`, { headers })).status()).toBe(429);

  // A reader without JavaScript reads why.
  await page.setExtraHTTPHeaders(headers);
  const shown = await page.goto(`/search?q=${encodeURIComponent(`limit ${suffix} shown`)}`);
  expect(shown?.status()).toBe(429);
  await expect(page.getByRole("heading", { name: "Too many searches" })).toBeVisible();
  await expect(page.getByText(/Try again in \d+ minutes?\./)).toBeVisible();

  // Another address is not affected.
  expect((await request.get(`/search?q=${encodeURIComponent(`limit ${suffix} other`)}`, { headers: { "x-forwarded-for": uniqueClientAddress() } })).status()).toBe(200);
});

test("view beacons from one address are limited with a 429 and Retry-After; other addresses still count", async ({ request }) => {
  test.setTimeout(60_000);
  const article = await createArticle({ status: "PUBLISHED" });
  const address = uniqueClientAddress();
  const beacon = (from: string) =>
    request.post("/api/views", { form: { articleId: article.id }, headers: { "user-agent": CHROME, "sec-fetch-site": "same-origin", "x-forwarded-for": from } });
  for (let start = 0; start < VIEW_BEACONS_PER_ADDRESS.limit; start += 20) {
    const batch = await Promise.all(Array.from({ length: Math.min(20, VIEW_BEACONS_PER_ADDRESS.limit - start) }, () => beacon(address)));
    for (const response of batch) expect(response.status()).toBe(204);
  }
  const limited = await beacon(address);
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect(((await limited.json()) as { error: string }).error).toMatch(/^Too many views from your address\. Try again in \d+ minutes?\.$/);
  expect((await beacon(uniqueClientAddress())).status()).toBe(204);
  // A crawler's beacon costs no database work, so it is never limited: it is simply not counted.
  const crawler = await request.post("/api/views", { form: { articleId: article.id }, headers: { "user-agent": "Googlebot/2.1", "x-forwarded-for": address } });
  expect(crawler.status()).toBe(204);
});
