import "server-only";
import { serverEnv } from "@/lib/env";

/** True for an http(s) link to another site; same-site and mailto: links are not external. */
export function isExternalHref(href: string): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    return new URL(href).origin !== new URL(serverEnv().SITE_URL).origin;
  } catch {
    return true;
  }
}
