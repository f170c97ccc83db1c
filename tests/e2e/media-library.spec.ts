// The media library as an editor uses it, and as a member who must not get in.
import { expect, test } from "./helpers/test";
import sharp from "sharp";
import { createUser, uniqueSuffix } from "../factories";
import { signInAs } from "./helpers/session";

test("an editor uploads an image with alt text, sees it in the library, and its URL serves the image", async ({ page, request }) => {
  const editor = await createUser({ role: "EDITOR" });
  const altText = `Fishing boats at dawn ${uniqueSuffix()}`;
  const image = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 30, g: 90, b: 160 } } })
    .jpeg()
    .toBuffer();

  await signInAs(page, editor);
  await page.goto("/admin/media");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Media");
  await expect(page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Media" })).toHaveAttribute("aria-current", "page");

  const upload = page.locator("form#upload-image");
  await upload.getByLabel("Image").setInputFiles({ name: "boats.jpg", mimeType: "image/jpeg", buffer: image });
  await upload.getByLabel("Alt text").fill(altText);
  await upload.getByRole("button", { name: "Upload" }).click();
  // Re-encoding takes a few seconds on a busy machine.
  await expect(upload.getByText("Image uploaded.")).toBeVisible({ timeout: 20_000 });

  const card = page.getByRole("listitem", { name: altText });
  await expect(card).toBeVisible();
  await expect(card.getByText("Alt text set")).toBeVisible();
  await expect(card.getByRole("img", { name: altText })).toBeVisible();

  const url = await card.getByLabel("Image URL").inputValue();
  expect(url).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{32}-1200\.webp$/);
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/webp");
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(await sharp(await response.body()).metadata()).toMatchObject({ format: "webp", width: 1200, height: 800 });

  expect((await request.get("/media/2026/11/00000000000000000000000000000000-480.webp")).status()).toBe(404);
  expect((await request.get("/media/..%2f..%2fpackage.json")).status()).toBe(404);
});

test("an upload that is not an image is refused, naming the field", async ({ page }) => {
  const author = await createUser({ role: "AUTHOR" });
  await signInAs(page, author);
  await page.goto("/admin/media");
  const upload = page.locator("form#upload-image");
  await upload.getByLabel("Image").setInputFiles({ name: "notes.jpg", mimeType: "image/jpeg", buffer: Buffer.from("just some notes") });
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(upload.locator(".field-error")).toHaveText("Upload a JPEG, PNG, WebP or GIF image.");
  await expect(upload.getByLabel("Image")).toHaveAttribute("aria-invalid", "true");
});

test("the upload form works without JavaScript", async ({ browser }) => {
  const author = await createUser({ role: "AUTHOR" });
  const altText = `A plain-form upload ${uniqueSuffix()}`;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAs(page, author);
  await page.goto("/admin/media");
  const upload = page.locator("form#upload-image");
  const image = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#c83" } }).png().toBuffer();
  await upload.getByLabel("Image").setInputFiles({ name: "plain.png", mimeType: "image/png", buffer: image });
  await upload.getByLabel("Alt text").fill(altText);
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("listitem", { name: altText })).toBeVisible();
  await context.close();
});

test("a member gets 403 at /admin/media", async ({ page }) => {
  const member = await createUser({ role: "MEMBER" });
  await signInAs(page, member);
  const response = await page.goto("/admin/media");
  expect(response?.status()).toBe(403);
});
