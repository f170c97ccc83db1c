// Reader pages pass axe-core with no violations (every rule axe runs by default, WCAG and best
// practice) in the light and the dark colour scheme, fit a 360 px wide phone without sideways
// scrolling, and can be used from the keyboard with a visible focus.
import AxeBuilder from "@axe-core/playwright";
import { type Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createUser } from "../factories";
import { signInAs } from "./helpers/session";

type TReaderPage = { name: string; path: string };

/** Demo pages with the most on them: comments, a video, quotes, several tags. */
async function readerPages(): Promise<TReaderPage[]> {
  const article = await db.article.findFirstOrThrow({
    where: { status: "PUBLISHED", videoUrl: { not: null }, commentCount: { gt: 0 } },
    orderBy: { commentCount: "desc" },
    select: { slug: true },
  });
  const author = await db.user.findFirstOrThrow({ where: { handle: { not: null }, articles: { some: {} } }, select: { handle: true } });
  const tag = await db.tag.findFirstOrThrow({ where: { articles: { some: { status: "PUBLISHED" } } }, orderBy: { slug: "asc" }, select: { slug: true } });
  return [
    { name: "home", path: "/" },
    { name: "older stories", path: "/?after=" + (await olderStoriesCursor()) },
    { name: "article", path: `/articles/${article.slug}` },
    { name: "author", path: `/authors/${author.handle}` },
    { name: "tag", path: `/tags/${tag.slug}` },
    { name: "search", path: "/search" },
    { name: "search results", path: "/search?q=budget" },
  ];
}

async function olderStoriesCursor(): Promise<string> {
  const page = await import("@/lib/pagination/keyset-cursor");
  const newest = await db.article.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: [{ publishedAt: "desc" }, { id: "desc" }] });
  return page.encodeKeysetCursor({ at: newest.publishedAt!.toISOString(), id: newest.id });
}

async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
  }));
  expect(summary, `${label}: ${JSON.stringify(summary, null, 2)}`).toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`reader pages have no axe violations in the ${colorScheme} scheme`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    for (const { name, path } of await readerPages()) {
      await page.goto(path);
      await expectNoAxeViolations(page, `${name} (${path}, ${colorScheme})`);
    }
  });
}

test("the page-not-found page has no axe violations", async ({ page }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of ["/articles/no-such-story", "/no-such-page"]) {
      await page.goto(path);
      await expectNoAxeViolations(page, `not found (${path}, ${colorScheme})`);
    }
  }
});

test("an article has no axe violations for a signed-in member, comment form included", async ({ page }) => {
  const member = await createUser({ role: "MEMBER", password: null });
  await signInAs(page, member);
  const pages = await readerPages();
  const article = pages.find((entry) => entry.name === "article")!;
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(article.path);
    await expectNoAxeViolations(page, `article signed in (${colorScheme})`);
  }
});

test("the dark scheme follows the system setting", async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const light = await background();
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await background();
  expect(light).not.toBe(dark);
  // Dark means dark: every channel of the page's background below a quarter.
  const channels = dark.match(/\d+/g)!.slice(0, 3).map(Number);
  for (const channel of channels) expect(channel).toBeLessThan(64);
});

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("reader pages fit the screen without sideways scrolling", async ({ page }) => {
    test.setTimeout(60_000);
    for (const { name, path } of await readerPages()) {
      await page.goto(path);
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll("main *")]
          .filter((element) => element.getBoundingClientRect().right > width + 1)
          .slice(0, 3)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
        return { scrollWidth: document.documentElement.scrollWidth, width, wide };
      });
      expect(overflow.scrollWidth, `${name}: ${overflow.wide.join(", ")}`).toBeLessThanOrEqual(overflow.width);
    }
  });
});

test("the front page works from the keyboard: skip link first, then the stories, with visible focus", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();

  // The next Tab lands on the lead story's headline, inside main, with a visible outline.
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("href", /^\/articles\//);
  expect(await focused.evaluate((element) => element.closest("main") !== null)).toBe(true);
  const outline = await focused.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe("none");
  expect(outline.width).toBeGreaterThanOrEqual(2);

  // Enter follows it.
  const href = await focused.getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});
