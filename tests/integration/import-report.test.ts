// What an import tells the admin, and what it leaves on each article: content it could not map
// is kept as text and named in the report (on the run's page and in the audit log); a post
// changed in the export is updated with a new revision, after a dry run that says so and writes
// nothing; a post edited in the newsroom since is left alone, with the reason.
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { JOB_KINDS } from "@/lib/articles/workflow/job-kinds";
import { db } from "@/lib/db/client";
import { importSiteFile } from "@/lib/import/import-site";
import type { TImportReport } from "@/lib/import/import-report";
import { actorFor, createUser, uniqueSuffix } from "../factories";
import { removeScratchDirs, wordpressSlice } from "./import-fixtures";

afterAll(removeScratchDirs);

const POST_ID = "1000";
const SCHEDULED_ID = "1001";
const PRIVATE_ID = "1002";
const ATTACHMENT_ID = "5001";
const ATTACHMENT_URL = "https://old.example.org/wp-content/uploads/harbour.jpg";
const TITLE = "Precinct budget two demand spending will tuition";
const UNKNOWN = `<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Blue</td><td>12</td></tr></table><figure class="wp-block-embed is-provider-twitter"><div class="wp-block-embed__wrapper">https://twitter.com/x/status/1</div></figure>`;

let admin: TCurrentUser;
let file: string;
let source: string;

/** Post 1000's content with `extra` at its end, and its title replaced. */
function editPost(path: string, change: { extra?: string; title?: string }): void {
  let xml = readFileSync(path, "utf8");
  const idAt = xml.indexOf(`<wp:post_id>${POST_ID}</wp:post_id>`);
  const contentEnd = xml.lastIndexOf("]]></content:encoded>", idAt);
  if (change.extra) xml = `${xml.slice(0, contentEnd)}${change.extra}${xml.slice(contentEnd)}`;
  if (change.title) xml = xml.replace(`<title><![CDATA[${TITLE}]]></title>`, `<title><![CDATA[${change.title}]]></title>`);
  writeFileSync(path, xml);
}

/** Rewrites one <item> of the file (the one with this post id). */
function editItem(path: string, postId: string, change: (item: string) => string): void {
  const xml = readFileSync(path, "utf8");
  const idAt = xml.indexOf(`<wp:post_id>${postId}</wp:post_id>`);
  const start = xml.lastIndexOf("<item>", idAt);
  const end = xml.indexOf("</item>", idAt) + "</item>".length;
  writeFileSync(path, `${xml.slice(0, start)}${change(xml.slice(start, end))}${xml.slice(end)}`);
}

/** The fixture has no featured images, excerpts, scheduled or private posts: give the slice some. */
function addWhatTheFixtureLacks(path: string): void {
  editItem(path, POST_ID, (item) =>
    item
      .replace("<excerpt:encoded><![CDATA[]]></excerpt:encoded>", "<excerpt:encoded><![CDATA[<p>The budget, <em>in short</em>.</p>]]></excerpt:encoded>")
      .replace("</item>", `<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[${ATTACHMENT_ID}]]></wp:meta_value></wp:postmeta></item>`),
  );
  editItem(path, SCHEDULED_ID, (item) =>
    item.replace(/<wp:status><!\[CDATA\[publish\]\]>/, "<wp:status><![CDATA[future]]>").replace(/<wp:post_date_gmt><!\[CDATA\[[^\]]*\]\]>/, "<wp:post_date_gmt><![CDATA[2099-01-02 03:04:05]]>"),
  );
  editItem(path, PRIVATE_ID, (item) => item.replace(/<wp:status><!\[CDATA\[publish\]\]>/, "<wp:status><![CDATA[private]]>"));
  const xml = readFileSync(path, "utf8");
  const firstItem = xml.indexOf("<item>");
  const attachment = `<item><title>Harbour</title><wp:post_id>${ATTACHMENT_ID}</wp:post_id><wp:post_type><![CDATA[attachment]]></wp:post_type><wp:status><![CDATA[inherit]]></wp:status><wp:attachment_url><![CDATA[${ATTACHMENT_URL}]]></wp:attachment_url></item>\n`;
  writeFileSync(path, `${xml.slice(0, firstItem)}${attachment}${xml.slice(firstItem)}`);
}

async function articleOf(sourceId: string) {
  const record = await db.importedRecord.findUniqueOrThrow({ where: { source_kind_sourceId: { source, kind: "post", sourceId } } });
  return db.article.findUniqueOrThrow({ where: { id: record.targetId } });
}

async function articleOfPost() {
  const record = await db.importedRecord.findUniqueOrThrow({ where: { source_kind_sourceId: { source, kind: "post", sourceId: POST_ID } } });
  return db.article.findUniqueOrThrow({ where: { id: record.targetId }, include: { revisions: { orderBy: { version: "asc" } } } });
}

async function runReport(runId: string): Promise<TImportReport> {
  const run = await db.importRun.findUniqueOrThrow({ where: { id: runId } });
  return run.report as unknown as TImportReport;
}

beforeAll(async () => {
  const suffix = uniqueSuffix().replace(/[^a-z0-9]/gi, "").toLowerCase();
  source = `https://report-${suffix}.example.org`;
  file = wordpressSlice(5, { siteUrl: source, slugPrefix: `p${suffix}-`, emailDomain: `report-${suffix}.example.org` });
  source = `wordpress:${source}`;
  editPost(file, { extra: UNKNOWN });
  addWhatTheFixtureLacks(file);
  admin = actorFor(await createUser({ role: "ADMIN" }));
});

describe("an import's report", () => {
  it("keeps content it cannot map as readable text, and names it in the run's report and the audit log", async () => {
    const { runId, report } = await importSiteFile({ actor: admin, format: "wordpress", path: file, dryRun: false });
    const notes = report.notes.filter((note) => /^item \d+ \(line \d+\)$/.test(note.where)).map((note) => note.note);
    expect(notes).toEqual(expect.arrayContaining([expect.stringMatching(/table kept as plain text/), expect.stringMatching(/embed from twitter\.com kept as a link/)]));
    expect(await runReport(runId)).toEqual(report);
    const text = JSON.stringify((await articleOfPost()).body);
    expect(text).toContain("Party | Seats");
    expect(text).toContain("Blue | 12");
    expect(text).toContain("https://twitter.com/x/status/1");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "site.imported", targetId: runId } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.detail).toMatchObject({ format: "wordpress", counts: { posts: { created: 5 } } });
  }, 60_000);

  it("brings featured images and excerpts, keeps scheduled posts scheduled and private ones as drafts", async () => {
    const featured = await articleOf(POST_ID);
    expect(featured).toMatchObject({ featuredImageUrl: ATTACHMENT_URL, dek: "The budget, in short." });
    const scheduled = await articleOf(SCHEDULED_ID);
    expect(scheduled).toMatchObject({ status: "SCHEDULED", publishedAt: new Date("2099-01-02T03:04:05Z") });
    expect(await db.scheduledJob.count({ where: { articleId: scheduled.id, kind: JOB_KINDS.publish, runAt: new Date("2099-01-02T03:04:05Z") } })).toBe(1);
    expect(await articleOf(PRIVATE_ID)).toMatchObject({ status: "DRAFT", publishedAt: null });
  });

  it("updates a post changed in the export with a new revision, after a dry run that writes nothing", async () => {
    editPost(file, { title: "Precinct budget, revised" });
    const before = await articleOfPost();
    expect(before.revisions.map((revision) => [revision.version, revision.source])).toEqual([[1, "import"]]);

    const check = await importSiteFile({ actor: admin, format: "wordpress", path: file, dryRun: true });
    expect(check.report.counts.posts).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
    expect(await articleOfPost()).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: "site.import_checked", targetId: check.runId } })).toBe(1);

    const { report } = await importSiteFile({ actor: admin, format: "wordpress", path: file, dryRun: false });
    expect(report.counts.posts).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
    const after = await articleOfPost();
    expect(after.title).toBe("Precinct budget, revised");
    expect(after.version).toBe(before.version + 1);
    expect(after.revisions.map((revision) => [revision.version, revision.source, revision.title])).toEqual([
      [1, "import", TITLE],
      [2, "import", "Precinct budget, revised"],
    ]);
    expect(await db.comment.count({ where: { articleId: after.id } })).toBe(before.commentCount);
  }, 60_000);

  it("leaves a post edited in the newsroom since the last import as it is, and says why", async () => {
    const imported = await articleOfPost();
    // A save in the editor raises the version (lib/articles/write).
    await db.article.update({ where: { id: imported.id }, data: { title: "Edited in the newsroom", version: { increment: 1 } } });
    writeFileSync(file, readFileSync(file, "utf8").replace("<![CDATA[Precinct budget, revised]]>", "<![CDATA[Precinct budget, revised again]]>"));
    const { report } = await importSiteFile({ actor: admin, format: "wordpress", path: file, dryRun: false });
    expect(report.counts.posts).toMatchObject({ updated: 0, skipped: 3, unchanged: 4 });
    expect(report.notes.map((note) => note.note)).toEqual(expect.arrayContaining([expect.stringMatching(/edited in the newsroom since the last import/)]));
    const after = await articleOfPost();
    expect(after.title).toBe("Edited in the newsroom");
    expect(after.revisions).toHaveLength(2);
  }, 60_000);
});
