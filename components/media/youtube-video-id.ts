// YouTube addresses come in many spellings; all of them name an 11-character video id.
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const PATH_ID = /^\/(?:embed|shorts|live|v)\/([^/?#]+)/;

/** The video id if `url` is a YouTube video address, else null. */
export function youtubeVideoId(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  const host = parsed.hostname.toLowerCase().replace(/^(?:www|m|music)\./, "");
  let candidate: string | null | undefined = null;
  if (host === "youtu.be") {
    candidate = parsed.pathname.split("/")[1];
  } else if (host === "youtube.com" || host === "youtube-nocookie.com") {
    candidate = parsed.pathname === "/watch" ? parsed.searchParams.get("v") : PATH_ID.exec(parsed.pathname)?.[1];
  }
  return candidate && VIDEO_ID.test(candidate) ? candidate : null;
}

/**
 * The privacy-enhanced player: youtube-nocookie.com sets no cookies until the reader plays
 * the video (https://support.google.com/youtube/answer/171780).
 */
export function youtubeEmbedUrl(videoId: string): string {
  return `https://www.youtube-nocookie.com/embed/${videoId}`;
}
