import { ZSafeHttpUrl } from "@/lib/content/safe-url";

/**
 * Columns outside the document (Article.videoUrl, featuredImageUrl) are validated on save too,
 * but a URL is rendered into an attribute React does not sanitise, so check again here.
 */
export function isSafeHttpUrl(value: string): boolean {
  return ZSafeHttpUrl.safeParse(value).success;
}
