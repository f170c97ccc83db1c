import { z } from "zod";
import { decodeKeysetCursor, encodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import type { TCommentSort } from "./comment-thread";

// Keyset cursors for the three orders of a thread. Oldest and newest first use the shared
// (createdAt, id) cursor; most liked uses (likeCount, id). Cursors are opaque base64url in the
// URL and validated before they reach a query; a bad one means "the first page".

export type TCommentCursor =
  | { sort: "oldest" | "newest"; at: string; id: string }
  | { sort: "liked"; likes: number; id: string };

const ZLikedCursor = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z0-9_-]+$/)
  .transform((value) => Buffer.from(value, "base64url").toString("utf8").split("|"))
  .pipe(z.tuple([z.string().regex(/^\d{1,9}$/).transform(Number), z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/)]));

export function encodeCommentCursor(cursor: TCommentCursor): string {
  if (cursor.sort === "liked") return Buffer.from(`${cursor.likes}|${cursor.id}`, "utf8").toString("base64url");
  return encodeKeysetCursor({ at: cursor.at, id: cursor.id });
}

export function decodeCommentCursor(sort: TCommentSort, raw: string | null | undefined): TCommentCursor | null {
  if (raw === null || raw === undefined || raw === "") return null;
  if (sort === "liked") {
    const parsed = ZLikedCursor.safeParse(raw);
    return parsed.success ? { sort, likes: parsed.data[0], id: parsed.data[1] } : null;
  }
  const keyset = decodeKeysetCursor(raw);
  return keyset ? { sort, ...keyset } : null;
}
