import { describe, expect, it } from "vitest";
import { chooseCspKind } from "@/lib/security/csp-choice";
import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/security/security-headers";

describe("security headers", () => {
  it("send HSTS only when the site is served over https", () => {
    const names = (url: string) => staticSecurityHeaders(url).map((header) => header.key);
    expect(names("https://news.example.com")).toContain("Strict-Transport-Security");
    expect(names("http://localhost:3000")).not.toContain("Strict-Transport-Security");
  });

  it("allow eval only in development, and a nonce replaces inline scripts", () => {
    expect(contentSecurityPolicy({ nonce: "abc", isDevelopment: false, isHttps: true })).toMatch(/script-src 'nonce-abc' 'strict-dynamic';/);
    expect(contentSecurityPolicy({ nonce: null, isDevelopment: false, isHttps: false })).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ nonce: null, isDevelopment: true, isHttps: false })).toContain("unsafe-eval");
    expect(contentSecurityPolicy({ nonce: null, isDevelopment: false, isHttps: true })).toContain("upgrade-insecure-requests");
  });

  it("give a nonce to pages rendered per request, none to pages the cache may serve", () => {
    const session = ["next-auth.session-token"];
    expect(chooseCspKind("/admin/articles", [])).toBe("nonce");
    expect(chooseCspKind("/sign-in", [])).toBe("nonce");
    expect(chooseCspKind("/articles/a-story", [])).toBe("cached-page");
    expect(chooseCspKind("/articles/a-story", session)).toBe("nonce");
    expect(chooseCspKind("/articles/a-story/comments", [])).toBe("nonce");
    expect(chooseCspKind("/", [])).toBe("cached-page");
    expect(chooseCspKind("/", session)).toBe("nonce");
    expect(chooseCspKind("/no-such-page", session)).toBe("cached-page");
    expect(chooseCspKind("/api/views", [])).toBe("non-html");
    expect(chooseCspKind("/tags/x/feed.json", [])).toBe("non-html");
  });
});

describe("malformed addresses", () => {
  it("refuse escapes that do not decode and control characters, in the path or the query", async () => {
    const { isMalformedAddress } = await import("@/lib/security/malformed-address");
    for (const [path, search] of [["/articles/%00", ""], ["/authors/%ff", ""], ["/articles/%E0%A4%A", ""], ["/admin/users", "?q=%00"], ["/tags/%00/feed.json", ""]]) {
      expect(isMalformedAddress(path ?? "", search ?? ""), `${path}${search}`).toBe(true);
    }
    expect(isMalformedAddress("/articles/caf%C3%A9", "?q=hello+world&after=abc%3D")).toBe(false);
  });
});
