import type { MetadataRoute } from "next";
import { serverEnv } from "@/lib/env";

// Read per request so SITE_URL set at start-up (not build) is the one that counts.
export const dynamic = "force-dynamic";

/** /robots.txt: everything public may be crawled; the newsroom, previews and accounts may not. */
export default function robots(): MetadataRoute.Robots {
  const { SITE_URL } = serverEnv();
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/admin", "/preview", "/account", "/api", "/sign-in", "/sign-up", "/reset-password", "/verify-email", "/banned"],
    },
    sitemap: new URL("/sitemap.xml", SITE_URL).toString(),
  };
}
