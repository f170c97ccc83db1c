// A VIP-only story: VIP members read it all; signed-out readers and free members get the
// opening paragraphs and a membership call to action, and never the rest of the text.
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, createUser, doc, paragraph, uniqueSuffix } from "../factories";
import { signInAs } from "./helpers/session";

async function vipOnlyArticle() {
  const secret = `The closing paragraph for members ${uniqueSuffix()}`;
  const article = await createArticle({
    body: doc(paragraph("First."), paragraph("Second."), paragraph("Third."), paragraph("Fourth."), paragraph(secret)),
  });
  await db.article.update({ where: { id: article.id }, data: { isVipOnly: true } });
  return { article, secret };
}

test("a signed-out reader sees the opening and how to join, not the rest", async ({ page }) => {
  const { article, secret } = await vipOnlyArticle();
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByText("Third.")).toBeVisible();
  await expect(page.getByRole("heading", { name: /for VIP members/ })).toBeVisible();
  expect(await page.content()).not.toContain(secret);
  expect(await page.content()).not.toContain("Fourth.");
});

test("a free member gets the call to action; a VIP member reads the whole story", async ({ page, browser }) => {
  const { article, secret } = await vipOnlyArticle();
  const free = await createUser();
  await signInAs(page, free);
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("heading", { name: /for VIP members/ })).toBeVisible();
  expect(await page.content()).not.toContain(secret);

  const vip = await createUser({ tier: "VIP" });
  const vipContext = await browser.newContext();
  const vipPage = await vipContext.newPage();
  await signInAs(vipPage, vip);
  await vipPage.goto(`/articles/${article.slug}`);
  await expect(vipPage.getByText(secret)).toBeVisible();
  await expect(vipPage.getByRole("heading", { name: /for VIP members/ })).toHaveCount(0);
  await vipContext.close();
});
