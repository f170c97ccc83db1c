// Pasting from a word processor or a web page: structure comes along (paragraphs, headings,
// bold and italic, lists, links, quotes); styles, fonts, scripts, event handlers, inline images
// and javascript: links do not.
import { type Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, createUser } from "../factories";
import { signInAs } from "./helpers/session";

function body(page: Page) {
  return page.getByRole("textbox", { name: "Article body" });
}

// What Word and a web page put on the clipboard, trimmed: Office namespaces and conditional
// comments, MsoNormal classes, inline styles, <font>, a <script>, images with onerror and data:
// sources, and a javascript: link.
const PASTED_HTML = `
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset="utf-8"><style>p.MsoNormal { margin: 0cm; font-family: Calibri; }</style>
<script>window.__pastedScriptRan = true;</script></head>
<body lang="EN-GB" style="tab-interval:36.0pt">
<!--StartFragment-->
<h2 style="color:#c00000;mso-outline-level:2"><span style="font-family:'Segoe UI'">Budget talks resume</span></h2>
<p class="MsoNormal" style="margin-bottom:0cm;line-height:normal"><span style="font-size:12.0pt;font-family:Calibri">The council met <b style="mso-bidi-font-weight:normal">today</b> and <i>argued</i> <font face="Arial" color="red">for hours</font>.<o:p></o:p></span></p>
<!--[if !supportLists]--><ul style="margin-top:0cm"><li class="MsoListParagraph" style="color:blue">Roads</li><li>Schools</li></ul><!--[endif]-->
<ol><li><p class="MsoNormal">First reading</p></li></ol>
<p class="MsoNormal"><a href="https://example.com/minutes" style="color:#0563c1" target="_blank" class="external">the minutes</a> and <a href="javascript:window.__pastedLinkRan=true">a trap</a></p>
<blockquote style="border-left:3px solid #ccc"><p class="MsoNormal">Democracy is a verb.</p></blockquote>
<p><img src="https://example.com/missing.png" onerror="window.__pastedImageRan = true"><img src="data:image/png;base64,iVBORw0KGgo=" alt="an inline blob"></p>
<script>window.__pastedScriptRan = true;</script>
<p style="font-family:Wingdings" onclick="window.__pastedClickRan = true">Last line.</p>
<!--EndFragment-->
</body></html>`;

test.describe(() => {
// The paste carries inline handlers on purpose; the CSP refusing to run them is expected.
test.use({ cspBlocksExpected: true });
test("HTML pasted from Word keeps its structure and loses everything else", async ({ page }) => {
  const editor = await createUser({ role: "EDITOR" });
  const article = await createArticle({ status: "DRAFT", authorIds: [editor.id], body: { type: "doc", content: [{ type: "paragraph" }] } });
  await signInAs(page, editor);
  await page.goto(`/admin/articles/${article.id}/edit`);
  await body(page).click();

  // A real paste event with the HTML on its clipboard, as the browser sends it to the editor.
  await body(page).evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "plain fallback that must not be used");
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, PASTED_HTML);
  await expect(body(page)).toContainText("Last line.");

  // Nothing in the pasted HTML ran, in the editor or anywhere else on the page.
  const ran = await page.evaluate(() => {
    const flags = window as unknown as Record<string, unknown>;
    return ["__pastedScriptRan", "__pastedImageRan", "__pastedLinkRan", "__pastedClickRan"].filter((name) => flags[name]);
  });
  expect(ran).toEqual([]);
  await expect(body(page).locator("[style], [class*='Mso'], font, script, img, [onerror], [onclick]")).toHaveCount(0);

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
  const text = (value: string, marks?: { type: string; attrs?: Record<string, string> }[]) => (marks ? { type: "text", text: value, marks } : { type: "text", text: value });
  const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
  expect(stored.body).toEqual({
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 2 }, content: [text("Budget talks resume")] },
      paragraph(text("The council met "), text("today", [{ type: "bold" }]), text(" and "), text("argued", [{ type: "italic" }]), text(" for hours.")),
      { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("Roads"))] }, { type: "listItem", content: [paragraph(text("Schools"))] }] },
      { type: "orderedList", content: [{ type: "listItem", content: [paragraph(text("First reading"))] }] },
      paragraph(text("the minutes", [{ type: "link", attrs: { href: "https://example.com/minutes" } }]), text(" and a trap")),
      { type: "blockquote", content: [paragraph(text("Democracy is a verb."))] },
      // The paragraph that held only the two images is left, empty.
      { type: "paragraph" },
      paragraph(text("Last line.")),
    ],
  });
});
});
