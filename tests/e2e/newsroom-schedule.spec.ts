// Scheduling names its time zone: without JavaScript the server converts the chosen zone's
// wall-clock time; with it, the form starts in the browser's own zone.
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, createUser } from "../factories";
import { signInAs } from "./helpers/session";

test("an editor schedules without JavaScript, choosing the time zone the time is in", async ({ browser }) => {
  const editor = await createUser({ role: "EDITOR" });
  const article = await createArticle({ status: "DRAFT" });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAs(page, editor);
  await page.goto(`/admin/articles/${article.id}`);
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Schedule", exact: true }) });
  // The site's zone is the default, shown beside the time.
  await expect(form.getByLabel("Time zone")).toHaveValue("UTC");
  await form.getByLabel("Publish at").fill("2099-05-01T09:30");
  await form.getByLabel("Time zone").selectOption("America/New_York");
  await form.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Scheduled");
  const job = await db.scheduledJob.findFirstOrThrow({ where: { articleId: article.id, status: "PENDING" } });
  // 09:30 in New York in May is 13:30 UTC (EDT, four hours behind).
  expect(job.runAt).toEqual(new Date("2099-05-01T13:30:00.000Z"));

  // Rescheduling from the job table, still without JavaScript: prefilled in the site's zone.
  const reschedule = page.locator("form").filter({ has: page.getByRole("button", { name: "Reschedule" }) });
  await expect(reschedule.getByLabel("New time")).toHaveValue("2099-05-01T13:30");
  await reschedule.getByLabel("New time").fill("2099-05-02T08:00");
  await reschedule.getByLabel("Time zone").selectOption("Europe/Paris");
  await reschedule.getByRole("button", { name: "Reschedule" }).click();
  await expect(page.getByText("Job rescheduled.")).toBeVisible();
  expect((await db.scheduledJob.findUniqueOrThrow({ where: { id: job.id } })).runAt).toEqual(new Date("2099-05-02T06:00:00.000Z"));
  await context.close();
});

test.describe("with JavaScript in Tokyo", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("the form starts in the browser's zone and sends the instant it names", async ({ page }) => {
    const editor = await createUser({ role: "EDITOR" });
    const article = await createArticle({ status: "DRAFT" });
    await signInAs(page, editor);
    await page.goto(`/admin/articles/${article.id}`);
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Schedule", exact: true }) });
    await expect(form.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
    await form.getByLabel("Publish at").fill("2099-05-01T09:30");
    await form.getByRole("button", { name: "Schedule", exact: true }).click();
    await expect(page.getByTestId("article-status")).toHaveText("Scheduled");
    const job = await db.scheduledJob.findFirstOrThrow({ where: { articleId: article.id, status: "PENDING" } });
    expect(job.runAt).toEqual(new Date("2099-05-01T00:30:00.000Z"));
  });
});
