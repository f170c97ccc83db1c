// The security headers (docs/security.md): on a cached reader page, an admin page and an API
// route; a nonce on pages rendered per request, and none baked into cached pages, which stay
// cached. The fixture in helpers/test.ts fails any test whose pages break the policy.
import { readFileSync, readdirSync } from "node:fs";
import { createArticle, createUser, uniqueSuffix } from "../factories";
import { expect, test } from "./helpers/test";
import { signInAs } from "./helpers/session";

function expectCommonHeaders(response: { headers(): Record<string, string> } | null) {
  const headers = response?.headers() ?? {};
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-frame-options"]).toBe("DENY");
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("unsafe-eval");
  return csp;
}

test("a cached reader page: the headers, a policy without a nonce, and still served from the cache", async ({ page, request }) => {
  const article = await createArticle({ title: `Headers on a cached page ${uniqueSuffix()}` });
  const first = await request.get(`/articles/${article.slug}`);
  const csp = expectCommonHeaders(first);
  expect(csp).toContain("script-src 'self' 'unsafe-inline'");
  expect(csp).not.toContain("nonce-");
  // Still the full-route cache (docs/decisions/0011): the second answer is a cache hit.
  const second = await request.get(`/articles/${article.slug}`);
  expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
  // And the page works in a browser under that policy (the fixture watches for violations).
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
});

test("an admin page: a fresh nonce on every request, on every script Next writes", async ({ page }) => {
  await signInAs(page, await createUser({ role: "EDITOR" }));
  const response = await page.goto("/admin/articles");
  const csp = expectCommonHeaders(response);
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).not.toContain("'unsafe-inline' 'strict-dynamic'");
  const scripts = await page.locator("script:not([type='application/ld+json'])").evaluateAll((elements) =>
    elements.map((element) => (element as HTMLScriptElement).nonce),
  );
  expect(scripts.length).toBeGreaterThan(0);
  expect(new Set(scripts)).toEqual(new Set([nonce]));
  const again = await page.request.get("/admin/articles");
  expect(again.headers()["content-security-policy"]).not.toContain(`nonce-${nonce}`);
  // Hydrated under the policy: a client-side control works.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("an API route and a feed: nothing may run or frame them", async ({ request }) => {
  const api = await request.post("/api/views", { data: {} });
  const csp = expectCommonHeaders(api);
  expect(csp).toContain("default-src 'none'");
  const feed = await request.get("/feed.xml");
  expect(expectCommonHeaders(feed)).toContain("default-src 'none'");
});

test("a signed-in reader's live copy of a reader page gets a nonce", async ({ page }) => {
  await signInAs(page, await createUser({ role: "MEMBER" }));
  const response = await page.goto("/");
  expect(expectCommonHeaders(response)).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  await expect(page.getByRole("navigation", { name: "Account" })).toBeVisible();
});

test("every spec uses the fixture that fails on policy violations", () => {
  const specs = readdirSync("tests/e2e").filter((name) => name.endsWith(".spec.ts"));
  const bare = specs.filter((name) => !readFileSync(`tests/e2e/${name}`, "utf8").includes('from "./helpers/test"'));
  expect(bare, "import { expect, test } from \"./helpers/test\" in these specs").toEqual([]);
});
