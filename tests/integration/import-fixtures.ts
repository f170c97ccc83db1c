// The real exports in ../shared/fixtures (read-only), unpacked or cut at test time, never edited.
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip, gunzipSync } from "node:zlib";

// IMPORT_FIXTURES_DIR, or shared/fixtures beside the checkout (as CI has it) or beside one of its
// parents (a git worktree under a folder of worktrees).
function findFixtures(): string {
  if (process.env.IMPORT_FIXTURES_DIR) return process.env.IMPORT_FIXTURES_DIR;
  for (let dir = resolve(process.cwd(), ".."); ; dir = dirname(dir)) {
    const candidate = join(dir, "shared/fixtures");
    if (existsSync(candidate) || dir === dirname(dir)) return existsSync(candidate) ? candidate : resolve(process.cwd(), "../shared/fixtures");
  }
}
const FIXTURES = findFixtures();
export const WORDPRESS_FIXTURE = join(FIXTURES, "wordpress-6.1-export.xml.gz");
export const GHOST_FIXTURE = join(FIXTURES, "ghost-6.65-export.json.gz");

const scratchDirs: string[] = [];

export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "masthead-import-test-"));
  scratchDirs.push(dir);
  return dir;
}

/** Unpacked exports are tens of megabytes: each test file removes its copies when done. */
export function removeScratchDirs(): void {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The fixture unpacked to a plain file (the importer reads both). */
export async function unpackFixture(gzPath: string, name: string): Promise<string> {
  const target = join(scratchDir(), name);
  await pipeline(createReadStream(gzPath), createGunzip(), createWriteStream(target));
  return target;
}

/** The first `bytes` bytes of a file: a download that stopped midway. */
export function truncatedCopy(path: string, bytes: number, name: string): string {
  const target = join(scratchDir(), name);
  writeFileSync(target, readFileSync(path).subarray(0, bytes));
  return target;
}

/** The WordPress fixture with only its first `posts` posts (channel header and footer kept whole). */
export function wordpressSlice(posts: number, rename?: { siteUrl: string; slugPrefix: string; emailDomain?: string }): string {
  const xml = gunzipSync(readFileSync(WORDPRESS_FIXTURE)).toString("utf8");
  const firstItem = xml.indexOf("<item>");
  const channelEnd = xml.lastIndexOf("</channel>");
  const items = xml.slice(firstItem, channelEnd).split(/(?=\t*<item>)/);
  const kept: string[] = [];
  let postCount = 0;
  for (const item of items) {
    if (postCount >= posts) break;
    kept.push(item);
    if (item.includes("<wp:post_type><![CDATA[post]]>")) postCount += 1;
  }
  const target = join(scratchDir(), `wordpress-slice-${posts}.xml`);
  let slice = `${xml.slice(0, firstItem)}${kept.join("")}\n</channel>\n</rss>\n`;
  // As another site with its own slugs, so it never meets another test's import of the fixture.
  if (rename) slice = slice.replaceAll("http://127.0.0.1:8081", rename.siteUrl).replaceAll("story-", `${rename.slugPrefix}story-`);
  // Its own people too, when the test changes them (sets a password, claims comments).
  if (rename?.emailDomain) slice = slice.replaceAll("@example.com", `@${rename.emailDomain}`);
  writeFileSync(target, slice);
  return target;
}
