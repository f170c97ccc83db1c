import { z } from "zod";

// Links and media in stored documents: absolute http(s) URLs, mailto:, or same-site paths.
// Anything else (javascript:, data:, vbscript:, protocol-relative //host) is refused on save,
// because React escapes text but not URLs.
export function isSafeUrl(value: string): boolean {
  if (value.startsWith("/")) return !value.startsWith("//") && !value.startsWith("/\\");
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" || url.protocol === "mailto:";
  } catch {
    return false;
  }
}

export const ZSafeUrl = z
  .string()
  .trim()
  .min(1, "Enter a link address")
  .max(2048, "Link addresses can be at most 2,048 characters")
  .refine(isSafeUrl, "Links must start with https://, http://, mailto: or /");

export const ZSafeHttpUrl = z
  .string()
  .trim()
  .max(2048, "Addresses can be at most 2,048 characters")
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  }, "Must be an address starting with https:// or http://");
