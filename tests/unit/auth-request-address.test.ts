import { describe, expect, it } from "vitest";
import { parseClientAddress, UNKNOWN_ADDRESS } from "@/lib/auth/request-address";

describe("parseClientAddress", () => {
  it("prefers X-Real-IP, set by the proxy from the connection it saw", () => {
    expect(parseClientAddress("198.51.100.7, 10.0.0.1", "203.0.113.9")).toBe("203.0.113.9");
  });

  it("otherwise takes the first X-Forwarded-For entry", () => {
    expect(parseClientAddress(" 198.51.100.7 , 10.0.0.1", null)).toBe("198.51.100.7");
    expect(parseClientAddress("2001:DB8::1", null)).toBe("2001:db8::1");
    expect(parseClientAddress("::ffff:127.0.0.1", null)).toBe("::ffff:127.0.0.1");
  });

  it("falls back to unknown for missing or malformed values", () => {
    expect(parseClientAddress(null, null)).toBe(UNKNOWN_ADDRESS);
    expect(parseClientAddress("", "")).toBe(UNKNOWN_ADDRESS);
    expect(parseClientAddress("<script>", "not an address")).toBe(UNKNOWN_ADDRESS);
    expect(parseClientAddress(`${"1".repeat(100)}`, null)).toBe(UNKNOWN_ADDRESS);
  });
});
