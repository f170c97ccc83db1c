import "server-only";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import parserStream from "stream-json";
import { pick } from "stream-json/filters/pick.js";
import { streamValues } from "stream-json/streamers/stream-values.js";
import { describeReadFailure, importFileError } from "./import-file-error";
import type { TSourceEvent } from "./import-types";
import { ghostPost, type TGhostTables } from "./ghost-post";

// A Ghost JSON export ({ db: [{ meta, data: { posts, tags, users, posts_tags, ... } }] }),
// streamed with stream-json (docs/decisions/0014). Ghost writes `posts` before the tables that
// say who wrote them and how they are tagged, so the file is read twice: once for the small
// tables (users, tags, links, settings), then post by post. Only one post is in memory at a time.

const TABLES = /^db\.0\.(meta|data\.(tags|users|posts_tags|posts_authors|settings))$/;
/** Each post's id (its first field), picked in the first pass only to say where a damaged file breaks. */
const POST_IDS = /^db\.0\.data\.posts\.\d+\.id$/;
const TABLES_AND_POST_IDS = new RegExp(`${TABLES.source}|${POST_IDS.source}`);
const POSTS = /^db\.0\.data\.posts\.\d+$/;

type TPicked = { key: number; value: unknown };

export async function* readGhostExport(open: () => Promise<Readable>): AsyncGenerator<TSourceEvent> {
  const tables: TGhostTables = { tags: new Map(), users: new Map(), postTags: new Map(), postAuthors: new Map(), meta: null, siteKey: "" };
  // A JSON export is one long line: a damaged one is located by the post the reader had got to.
  let postsBegun = 0;
  const where = () => (postsBegun === 0 ? "before the first post" : `in or after post ${postsBegun}, the last one begun`);
  for await (const { value } of picked(await open(), TABLES_AND_POST_IDS, where)) {
    if (typeof value === "string") postsBegun += 1;
    else collectTable(tables, value);
  }
  if (!tables.meta) throw importFileError("the start of the file", "this is not a Ghost export: it has no db[0].meta");
  yield { kind: "site", siteUrl: tables.siteKey };
  for (const user of tables.users.values()) yield { kind: "author", author: user };
  for (const tag of tables.tags.values()) yield { kind: "tag", tag };
  let index = 0;
  for await (const { value } of picked(await open(), POSTS, () => `post ${index + 1}`)) {
    index += 1;
    yield ghostPost(value as Record<string, unknown>, `post ${index}`, tables);
  }
}

async function* picked(input: Readable, filter: RegExp, where: () => string): AsyncGenerator<TPicked> {
  const values = streamValues.asStream();
  const done = pipeline(input, parserStream(), pick.asStream({ filter }), values).catch((error: unknown) => {
    values.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  });
  try {
    for await (const item of values) yield item as TPicked;
    await done;
  } catch (error) {
    await done.catch(() => undefined);
    throw importFileError(where(), `the JSON is damaged: ${describeReadFailure(error)}`, error);
  }
}

function collectTable(tables: TGhostTables, value: unknown): void {
  if (!Array.isArray(value)) {
    if (value && typeof value === "object" && "version" in value) tables.meta = value as Record<string, unknown>;
    return;
  }
  const rows = value as Record<string, unknown>[];
  const first = rows[0];
  if (!first) return;
  const text = (row: Record<string, unknown>, key: string) => (typeof row[key] === "string" ? (row[key] as string) : "");
  if ("key" in first && "value" in first) {
    const setting = (key: string) => rows.find((row) => row.key === key);
    const hash = setting("public_hash");
    const title = setting("title");
    tables.siteKey = (hash && text(hash, "value")) || (title && text(title, "value")) || "ghost-site";
  } else if ("tag_id" in first) {
    for (const row of [...rows].sort((a, b) => Number(a.sort_order ?? 0) - Number(b.sort_order ?? 0))) {
      const list = tables.postTags.get(text(row, "post_id")) ?? [];
      list.push(text(row, "tag_id"));
      tables.postTags.set(text(row, "post_id"), list);
    }
  } else if ("author_id" in first) {
    for (const row of [...rows].sort((a, b) => Number(a.sort_order ?? 0) - Number(b.sort_order ?? 0))) {
      const list = tables.postAuthors.get(text(row, "post_id")) ?? [];
      list.push(text(row, "author_id"));
      tables.postAuthors.set(text(row, "post_id"), list);
    }
  } else if ("email" in first) {
    for (const row of rows) {
      tables.users.set(text(row, "id"), { key: text(row, "id"), email: text(row, "email").trim().toLowerCase(), name: text(row, "name") || text(row, "slug"), handle: text(row, "slug"), bio: text(row, "bio").slice(0, 500) });
    }
  } else if ("slug" in first && "name" in first) {
    for (const row of rows) {
      // Internal tags (#name) organise Ghost's own templates; they are not topics.
      if (text(row, "visibility") === "internal" || text(row, "name").startsWith("#")) continue;
      tables.tags.set(text(row, "id"), { slug: text(row, "slug"), name: text(row, "name"), description: text(row, "description").slice(0, 500) });
    }
  }
}
