import { z } from "zod";

/** What the article page's beacon sends: the article's id, form-encoded. Nothing else. */
export const ZViewBeacon = z.object({
  articleId: z.cuid("articleId must be an article id"),
});
export type TViewBeacon = z.infer<typeof ZViewBeacon>;

/** The body is a few dozen bytes; anything longer is not our beacon. */
export const MAX_VIEW_BEACON_BYTES = 256;

export type TParsedViewBeacon = { ok: true; beacon: TViewBeacon } | { ok: false; message: string };

export function parseViewBeacon(body: string): TParsedViewBeacon {
  const fields = new URLSearchParams(body);
  const result = ZViewBeacon.safeParse({ articleId: fields.get("articleId") ?? undefined });
  if (result.success) return { ok: true, beacon: result.data };
  const issue = result.error.issues[0];
  const field = issue?.path.join(".") || "articleId";
  return { ok: false, message: issue?.code === "invalid_type" ? `${field} is required` : (issue?.message ?? `${field} is invalid`) };
}
