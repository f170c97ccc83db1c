import type { TBlock } from "@/lib/content/document-schema";

// Embeds (WordPress embed blocks, Ghost embed cards, bare iframes): YouTube and Vimeo become our
// video block; anything else becomes a paragraph with a link to it, and a note in the report.

const VIDEO_HOSTS = /^(www\.)?(youtube\.com|youtu\.be|youtube-nocookie\.com|vimeo\.com|player\.vimeo\.com)$/i;

export function embedBlock(url: string | undefined, title: string | undefined): { block: TBlock | null; note: string | null } {
  const address = normaliseUrl(url);
  if (!address) return { block: null, note: "an embed without a usable address left out" };
  const host = new URL(address).hostname;
  if (VIDEO_HOSTS.test(host)) {
    const videoTitle = (title ?? "").trim().slice(0, 300) || "Embedded video";
    return { block: { type: "video", attrs: { url: address, title: videoTitle } }, note: null };
  }
  return {
    block: { type: "paragraph", content: [{ type: "text", text: (title ?? "").trim() || address, marks: [{ type: "link", attrs: { href: address } }] }] },
    note: `an embed from ${host} kept as a link`,
  };
}

function normaliseUrl(url: string | undefined): string | null {
  const value = (url ?? "").trim();
  const absolute = value.startsWith("//") ? `https:${value}` : value;
  try {
    const parsed = new URL(absolute);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}
