// Which beacon requests count as a reader's view: browsers yes; crawlers, scripts, previews,
// prefetches and other sites' pages no. And the beacon's body is checked before anything counts.
import { describe, expect, it } from "vitest";
import { uncountedReason } from "@/lib/views/countable-request";
import { parseViewBeacon } from "@/lib/views/parse-view-beacon";

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const SAFARI_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

const browser = { userAgent: CHROME, purpose: null, fetchSite: "same-origin" };

describe("uncountedReason", () => {
  it("counts ordinary browsers, with or without Sec-Fetch-Site", () => {
    for (const userAgent of [FIREFOX, CHROME, SAFARI_IPHONE]) {
      expect(uncountedReason({ ...browser, userAgent })).toBeNull();
      expect(uncountedReason({ ...browser, userAgent, fetchSite: null })).toBeNull();
    }
  });

  it("leaves out requests without a user agent", () => {
    expect(uncountedReason({ ...browser, userAgent: null })).toBe("no-user-agent");
    expect(uncountedReason({ ...browser, userAgent: "   " })).toBe("no-user-agent");
  });

  it("leaves out crawlers, link previews, headless browsers and scripts", () => {
    const bots = [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0.1938.76 Safari/537.36",
      "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
      "Twitterbot/1.0",
      "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse",
      "curl/8.5.0",
      "Wget/1.21.4",
      "python-requests/2.32.3",
      "Go-http-client/1.1",
      "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
      "Playwright/1.65.1",
    ];
    for (const userAgent of bots) expect(uncountedReason({ ...browser, userAgent }), userAgent).toBe("bot");
  });

  it("leaves out prefetches and prerenders", () => {
    expect(uncountedReason({ ...browser, purpose: "prefetch" })).toBe("prefetch");
    expect(uncountedReason({ ...browser, purpose: "prefetch;prerender" })).toBe("prefetch");
  });

  it("leaves out requests that browsers say come from another site", () => {
    expect(uncountedReason({ ...browser, fetchSite: "cross-site" })).toBe("cross-site");
    expect(uncountedReason({ ...browser, fetchSite: "same-site" })).toBe("cross-site");
  });
});

describe("parseViewBeacon", () => {
  it("accepts an article id and nothing that is not one", () => {
    expect(parseViewBeacon("articleId=cm3z8k2l50000abcd1234efgh")).toEqual({
      ok: true,
      beacon: { articleId: "cm3z8k2l50000abcd1234efgh" },
    });
    expect(parseViewBeacon("")).toEqual({ ok: false, message: "articleId is required" });
    expect(parseViewBeacon("articleId=' OR 1=1 --")).toEqual({ ok: false, message: "articleId must be an article id" });
    expect(parseViewBeacon("articleId=")).toEqual({ ok: false, message: "articleId must be an article id" });
  });
});
