import { z } from "zod";
import { ZArticleDocument } from "@/lib/content/document-schema";
import { ZSafeHttpUrl } from "@/lib/content/safe-url";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "./derive-slug";

// Inputs of the editor's writes, shared by the server actions and the domain functions.

export const ZArticleId = z.string().trim().min(1, "Choose an article").max(64);

export const ZArticleTitle = z
  .string()
  .trim()
  .min(1, "Give the article a title")
  .max(200, "Titles can be at most 200 characters");

export const ZArticleSlug = z
  .string()
  .trim()
  .min(1, "Enter a slug")
  .max(SLUG_MAX_LENGTH, `Slugs can be at most ${SLUG_MAX_LENGTH} characters`)
  .regex(SLUG_PATTERN, "Slugs use lowercase letters, digits and single hyphens, like my-article-title");

export const ZArticleDek = z.string().trim().max(500, "The dek can be at most 500 characters");

export const ZTagNames = z
  .array(z.string().trim().min(1).max(60, "Tag names can be at most 60 characters"))
  .max(20, "At most 20 tags");

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((value) => (value === "" ? null : value));

/** Empty or null means none; stored as null. */
export const ZFeaturedImageUrl = z.union([z.literal("").transform(() => null), ZSafeHttpUrl]).nullable();
export const ZFeaturedImageAlt = optionalText(500, "Alt text can be at most 500 characters").nullable();
export const ZSeoTitle = optionalText(120, "SEO titles can be at most 120 characters").nullable();
export const ZSeoDescription = optionalText(300, "SEO descriptions can be at most 300 characters").nullable();

export const ZCreateArticleDraftInput = z.object({ title: ZArticleTitle });
export type TCreateArticleDraftInput = z.input<typeof ZCreateArticleDraftInput>;

export const ZSaveSource = z.enum(["editor", "autosave"]);

export const ZSaveArticleInput = z.object({
  articleId: ZArticleId,
  /** The version the editor started from: the save only applies if it is still current. */
  baseVersion: z.number().int().min(1),
  title: ZArticleTitle,
  slug: ZArticleSlug,
  dek: ZArticleDek,
  body: ZArticleDocument,
  tagNames: ZTagNames,
  coAuthorIds: z.array(z.string().trim().min(1).max(64)).max(10, "At most 10 co-authors"),
  featuredImageUrl: ZFeaturedImageUrl,
  featuredImageAlt: ZFeaturedImageAlt,
  seoTitle: ZSeoTitle,
  seoDescription: ZSeoDescription,
  commentPolicy: z.enum(["OPEN", "VIP", "CLOSED"]),
  isVipOnly: z.boolean(),
  /** One per editor page load; autosaves of one session fold into one revision. */
  editSessionId: z.uuid().optional(),
  source: ZSaveSource,
});
export type TSaveArticleInput = z.input<typeof ZSaveArticleInput>;
export type TSaveArticleParsed = z.output<typeof ZSaveArticleInput>;
