import type { TMediaItem } from "@/lib/media/media-item";
import type { TServerArticleVersion } from "./article-conflict-error";

// What the editor's server actions (app/(admin)/admin/articles/[id]/edit/actions.ts) answer.
// The types live here, below both the actions and the editor components that read the answers,
// because components may not import from app/ (docs/architecture.md).

/** A save or autosave: the new version, or why not (with the server's version on a conflict). */
export type TSaveArticleActionResult =
  | { ok: true; version: number; slug: string }
  | { ok: false; status: number; message: string; fieldErrors: Record<string, string>; conflict?: TServerArticleVersion };

/** A page of the image dialog's media library. */
export type TMediaPickerPage = { ok: true; items: TMediaItem[]; nextCursor: string | null } | { ok: false; message: string };
