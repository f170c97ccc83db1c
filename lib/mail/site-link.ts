import { serverEnv } from "@/lib/env";

/** An absolute link to a page of this site, for emails: `${SITE_URL}/verify-email?token=...`. */
export function siteLink(path: string, params: Record<string, string> = {}): string {
  const url = new URL(path, serverEnv().SITE_URL);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}
