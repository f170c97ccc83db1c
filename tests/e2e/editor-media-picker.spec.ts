// The editor's image dialog: pick from the media library (search, pages, prefilled words),
// refuse an image nobody described yet, upload from the dialog, and keep the address option.
import { randomUUID } from "node:crypto";
import { type Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import sharp from "sharp";
import { db } from "@/lib/db/client";
import { createArticle, createUser, uniqueSuffix } from "../factories";
import { signInAs } from "./helpers/session";

function body(page: Page) {
  return page.getByRole("textbox", { name: "Article body" });
}

/** A library row whose file is not on disk: enough for choosing; the stored node keeps its address. */
async function createMediaRow(data: { altText: string; originalName: string; caption?: string; credit?: string; createdAt?: Date }) {
  const key = `2026/11/${randomUUID().replaceAll("-", "")}-800.jpg`;
  return db.media.create({
    data: {
      storageKey: key,
      originalName: data.originalName,
      mimeType: "image/jpeg",
      width: 800,
      height: 600,
      byteSize: 1000,
      altText: data.altText,
      caption: data.caption ?? null,
      credit: data.credit ?? null,
      variants: [],
      ...(data.createdAt ? { createdAt: data.createdAt } : {}),
    },
  });
}

async function storedImages(articleId: string) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  return ((article.body as { content: { type: string; attrs?: Record<string, string> }[] }).content ?? []).filter((node) => node.type === "image");
}

test("an editor picks a library image with its words prefilled, edits the caption, and the save stores it", async ({ page }) => {
  const suffix = uniqueSuffix();
  const editor = await createUser({ role: "EDITOR" });
  const article = await createArticle({ status: "DRAFT", authorIds: [editor.id], body: { type: "doc", content: [{ type: "paragraph" }] } });
  const harbour = await createMediaRow({ altText: `Boats in the harbour at dusk ${suffix}`, originalName: "harbour.jpg", caption: "The old harbour", credit: "Photo: J. Doe" });
  const unlabelled = await createMediaRow({ altText: "", originalName: `unlabelled-${suffix}.jpg` });
  await signInAs(page, editor);

  await page.goto(`/admin/articles/${article.id}/edit`);
  await body(page).click();
  await page.keyboard.type("Before the picture.");
  await page.getByRole("button", { name: "Image", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Insert image" });
  await expect(dialog.getByRole("radio", { name: "Media library" })).toBeChecked();
  await expect(dialog.getByText("Recent uploads, newest first.")).toBeVisible();

  await dialog.getByLabel("Search the library").fill(suffix);
  await dialog.getByRole("button", { name: "Search" }).click();
  await expect(dialog.getByText(`Images matching “${suffix}”, newest first.`)).toBeVisible();
  const results = dialog.getByRole("list", { name: "Library images" }).getByRole("button");
  await expect(results).toHaveCount(2);

  // No alt text yet: refused, with a link to describe it.
  await results.filter({ hasText: "needs alt text" }).click();
  await expect(dialog.getByText(`“unlabelled-${suffix}.jpg” has no alt text yet, so it cannot go in an article.`)).toBeVisible();
  await expect(dialog.getByRole("link", { name: "Add its alt text in the media library" })).toHaveAttribute("href", `/admin/media/${unlabelled.id}`);
  await expect(dialog.getByRole("button", { name: "Insert image" })).toHaveCount(0);

  await results.filter({ hasText: "Boats in the harbour" }).click();
  await expect(dialog.getByLabel("Alt text")).toHaveValue(harbour.altText);
  await expect(dialog.getByLabel("Caption (optional)")).toHaveValue("The old harbour");
  await expect(dialog.getByLabel("Credit (optional)")).toHaveValue("Photo: J. Doe");
  await dialog.getByLabel("Caption (optional)").fill("The harbour, edited for this story");
  await dialog.getByRole("button", { name: "Insert image" }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  expect(await storedImages(article.id)).toEqual([
    {
      type: "image",
      attrs: { src: `/media/${harbour.storageKey}`, alt: harbour.altText, caption: "The harbour, edited for this story", credit: "Photo: J. Doe" },
    },
  ]);
  // The library's own words are untouched by what this article says.
  expect(await db.media.findUniqueOrThrow({ where: { id: harbour.id } })).toMatchObject({ caption: "The old harbour" });
});

test("after adding alt text on the image's page, the dialog accepts it; the address option still works", async ({ page, context }) => {
  const suffix = uniqueSuffix();
  const editor = await createUser({ role: "EDITOR" });
  const article = await createArticle({ status: "DRAFT", authorIds: [editor.id], body: { type: "doc", content: [{ type: "paragraph" }] } });
  const unlabelled = await createMediaRow({ altText: "", originalName: `market-${suffix}.jpg` });
  await signInAs(page, editor);
  await page.goto(`/admin/articles/${article.id}/edit`);
  await body(page).click();
  await page.getByRole("button", { name: "Image", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Insert image" });
  await dialog.getByLabel("Search the library").fill(suffix);
  await dialog.getByRole("button", { name: "Search" }).click();
  await dialog.getByRole("list", { name: "Library images" }).getByRole("button").click();

  const [mediaPage] = await Promise.all([context.waitForEvent("page"), dialog.getByRole("link", { name: "Add its alt text in the media library" }).click()]);
  await expect(mediaPage.getByRole("heading", { level: 1 })).toHaveText("Image details");
  await mediaPage.getByLabel("Alt text").fill(`Stalls at the Saturday market ${suffix}`);
  await mediaPage.getByRole("button", { name: "Save details" }).click();
  await expect(mediaPage.getByText("Details saved.")).toBeVisible();
  await mediaPage.close();

  await dialog.getByRole("button", { name: "Search" }).click();
  await dialog.getByRole("list", { name: "Library images" }).getByRole("button", { name: /Stalls at the Saturday market/ }).click();
  await expect(dialog.getByLabel("Alt text")).toHaveValue(`Stalls at the Saturday market ${suffix}`);
  await dialog.getByRole("button", { name: "Insert image" }).click();

  await page.getByRole("button", { name: "Image", exact: true }).click();
  await dialog.getByRole("radio", { name: "Address" }).check();
  await dialog.getByLabel("Image address").fill("https://images.example.com/map.png");
  await dialog.getByLabel("Alt text").fill("Map of the district");
  await dialog.getByRole("button", { name: "Insert image" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  const images = await storedImages(article.id);
  expect(images.map((image) => image.attrs)).toEqual(
    expect.arrayContaining([
      { src: `/media/${unlabelled.storageKey}`, alt: `Stalls at the Saturday market ${suffix}` },
      { src: "https://images.example.com/map.png", alt: "Map of the district" },
    ]),
  );
  expect(images).toHaveLength(2);
});

test("the library comes a page at a time, and an image uploaded from the dialog goes into the article", async ({ page }) => {
  const suffix = uniqueSuffix();
  const editor = await createUser({ role: "EDITOR" });
  const article = await createArticle({ status: "DRAFT", authorIds: [editor.id], body: { type: "doc", content: [{ type: "paragraph" }] } });
  const start = Date.now() - 60 * 60 * 1000;
  for (let index = 0; index < 26; index += 1) {
    await createMediaRow({ altText: `Archive photo ${index + 1} ${suffix}`, originalName: `archive-${index + 1}.jpg`, createdAt: new Date(start + index * 1000) });
  }
  await signInAs(page, editor);
  await page.goto(`/admin/articles/${article.id}/edit`);
  await body(page).click();
  await page.getByRole("button", { name: "Image", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Insert image" });
  await dialog.getByLabel("Search the library").fill(suffix);
  await dialog.getByRole("button", { name: "Search" }).click();
  const results = dialog.getByRole("list", { name: "Library images" }).getByRole("button");
  await expect(results).toHaveCount(24);
  await expect(results.first()).toContainText(`Archive photo 26 ${suffix}`);
  await dialog.getByRole("button", { name: "More images" }).click();
  await expect(results).toHaveCount(26);
  await expect(results.last()).toContainText(`Archive photo 1 ${suffix}`);
  await expect(dialog.getByRole("button", { name: "More images" })).toHaveCount(0);

  await dialog.getByRole("radio", { name: "Upload" }).check();
  const image = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 120, b: 40 } } }).png().toBuffer();
  await dialog.getByLabel("Image file").setInputFiles({ name: `sunset-${suffix}.png`, mimeType: "image/png", buffer: image });
  await dialog.getByLabel("Alt text").fill(`Sunset over the bay ${suffix}`);
  await dialog.getByRole("button", { name: "Upload" }).click();
  await expect(dialog.getByText("Uploaded. Check the details below, then insert it.")).toBeVisible();
  await expect(dialog.getByRole("textbox", { name: "Alt text" }).last()).toHaveValue(`Sunset over the bay ${suffix}`);
  await dialog.getByRole("button", { name: "Insert image" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();

  const uploaded = await db.media.findFirstOrThrow({ where: { originalName: `sunset-${suffix}.png` } });
  const images = await storedImages(article.id);
  expect(images).toHaveLength(1);
  expect(images[0]?.attrs?.alt).toBe(`Sunset over the bay ${suffix}`);
  expect(images[0]?.attrs?.src).toMatch(new RegExp(`^/media/${uploaded.storageKey.slice(0, -"-640.png".length)}-640\\.webp$`));
  await page.goto(`/admin/articles/${article.id}/edit`);
  await expect(page.locator(`img[alt="Sunset over the bay ${suffix}"]`)).toBeVisible();
  expect((await page.request.get(images[0]!.attrs!.src!)).status()).toBe(200);
});
