// The one definition of an article body. Stored in Article.body as JSON, produced by the editor,
// rendered by components/article/article-body.tsx. The shape is a strict subset of
// ProseMirror/Tiptap JSON so a WYSIWYG editor can read and write it without translation.
// Strict objects: an unknown node, mark or attribute is an error, never silently stored.
import { z } from "zod";
import { ZSafeHttpUrl, ZSafeUrl } from "./safe-url";

const MAX_TEXT = 20_000;

export const ZBoldMark = z.strictObject({ type: z.literal("bold") });
export const ZItalicMark = z.strictObject({ type: z.literal("italic") });
export const ZLinkMark = z.strictObject({
  type: z.literal("link"),
  attrs: z.strictObject({ href: ZSafeUrl }),
});
export const ZMark = z.discriminatedUnion("type", [ZBoldMark, ZItalicMark, ZLinkMark]);
export type TMark = z.infer<typeof ZMark>;

export const ZTextNode = z.strictObject({
  type: z.literal("text"),
  text: z.string().min(1, "Text cannot be empty").max(MAX_TEXT),
  marks: z.array(ZMark).max(3).optional(),
});
export type TTextNode = z.infer<typeof ZTextNode>;

export const ZHardBreak = z.strictObject({ type: z.literal("hardBreak") });
export const ZInline = z.discriminatedUnion("type", [ZTextNode, ZHardBreak]);
export type TInline = z.infer<typeof ZInline>;

export const ZParagraph = z.strictObject({
  type: z.literal("paragraph"),
  content: z.array(ZInline).max(500).optional(),
});
export type TParagraph = z.infer<typeof ZParagraph>;

export const ZHeading = z.strictObject({
  type: z.literal("heading"),
  // h1 is the headline; the body starts at h2.
  attrs: z.strictObject({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }),
  content: z.array(ZInline).max(100).optional(),
});
export type THeading = z.infer<typeof ZHeading>;

export const ZListItem = z.strictObject({
  type: z.literal("listItem"),
  content: z.array(ZParagraph).min(1).max(20),
});
export type TListItem = z.infer<typeof ZListItem>;

export const ZBulletList = z.strictObject({
  type: z.literal("bulletList"),
  content: z.array(ZListItem).min(1).max(200),
});
export const ZOrderedList = z.strictObject({
  type: z.literal("orderedList"),
  attrs: z.strictObject({ start: z.number().int().min(0).max(10_000) }).optional(),
  content: z.array(ZListItem).min(1).max(200),
});
export type TBulletList = z.infer<typeof ZBulletList>;
export type TOrderedList = z.infer<typeof ZOrderedList>;

/** A quotation from another outlet or person, with who said it and, optionally, where. */
export const ZBlockquote = z.strictObject({
  type: z.literal("blockquote"),
  attrs: z
    .strictObject({
      attribution: z.string().trim().max(300, "Attributions can be at most 300 characters").optional(),
      sourceUrl: ZSafeHttpUrl.optional(),
    })
    .optional(),
  content: z.array(ZParagraph).min(1, "A quote needs at least one paragraph").max(50),
});
export type TBlockquote = z.infer<typeof ZBlockquote>;

export const ZImage = z.strictObject({
  type: z.literal("image"),
  attrs: z.strictObject({
    src: ZSafeUrl,
    alt: z.string().trim().min(1, "Describe the image for readers who cannot see it").max(500),
    caption: z.string().trim().max(500).optional(),
    credit: z.string().trim().max(200).optional(),
  }),
});
export type TImage = z.infer<typeof ZImage>;

export const ZVideo = z.strictObject({
  type: z.literal("video"),
  attrs: z.strictObject({
    url: ZSafeHttpUrl,
    title: z.string().trim().min(1).max(300),
    caption: z.string().trim().max(500).optional(),
  }),
});
export type TVideo = z.infer<typeof ZVideo>;

export const ZHorizontalRule = z.strictObject({ type: z.literal("horizontalRule") });

export const ZBlock = z.discriminatedUnion("type", [
  ZParagraph,
  ZHeading,
  ZBulletList,
  ZOrderedList,
  ZBlockquote,
  ZImage,
  ZVideo,
  ZHorizontalRule,
]);
export type TBlock = z.infer<typeof ZBlock>;

export const ZArticleDocument = z.strictObject({
  type: z.literal("doc"),
  content: z.array(ZBlock).max(2_000),
});
export type TArticleDocument = z.infer<typeof ZArticleDocument>;

/** Parses stored or submitted JSON; throws a ZodError naming the bad path. */
export function parseArticleDocument(value: unknown): TArticleDocument {
  return ZArticleDocument.parse(value);
}
