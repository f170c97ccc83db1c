// Text for the generated share image (app/(site)/articles/[slug]/share-image.png/route.tsx).
// Emoji are left out: the image renderer fetches emoji artwork from a CDN, which a server
// without internet access cannot reach, and a missing glyph should not cost the whole image.

const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}]/gu;

export function shareCardText(text: string, maxLength: number): string {
  const plain = text.replace(EMOJI, "").replace(/\s+/g, " ").trim();
  return plain.length > maxLength ? `${plain.slice(0, maxLength - 1).trimEnd()}…` : plain;
}

/** Long headlines get a smaller size so they still fit in three or four lines. */
export function headlineFontSize(headline: string): number {
  if (headline.length > 110) return 52;
  if (headline.length > 70) return 62;
  return 74;
}
