import { isSafeUrl } from "@/lib/content/safe-url";

type TFeaturedImageProps = { url: string; alt: string | null };

/** The lead image. Loaded eagerly: it is usually the largest thing above the fold. */
export function FeaturedImage({ url, alt }: TFeaturedImageProps) {
  // A column, not part of the validated document: check before it becomes an attribute.
  if (!isSafeUrl(url) || url.startsWith("mailto:")) return null;
  return (
    <figure className="featured-image">
      {/* eslint-disable-next-line @next/next/no-img-element -- images may be on any host (see image-block.tsx) */}
      <img src={url} alt={alt ?? ""} fetchPriority="high" decoding="async" />
    </figure>
  );
}
