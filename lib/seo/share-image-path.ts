/**
 * The generated share image of a story (app/(site)/articles/[slug]/share-image.png/route.tsx),
 * named in og:image, twitter:image (by fallback) and the JSON-LD. A route of our own rather
 * than Next's opengraph-image file, whose URL carries a build-specific suffix inside a route
 * group and could not be named in the JSON-LD.
 */
export function shareImagePath(slug: string): string {
  return `/articles/${encodeURIComponent(slug)}/share-image.png`;
}

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
