import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/safe-return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/", "/"],
    ["/articles/council-votes", "/articles/council-votes"],
    ["/articles/x?comments=abc#comment-1", "/articles/x?comments=abc#comment-1"],
    ["/admin/mailbox", "/admin/mailbox"],
    ["/search?q=a%20b", "/search?q=a%20b"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    ["another origin", "https://evil.example"],
    ["another origin, upper case scheme", "HTTPS://evil.example/path"],
    ["a protocol-relative address", "//evil.example"],
    ["a protocol-relative address with a path", "//evil.example/articles"],
    ["a backslash the browser reads as a slash", "/\\evil.example"],
    ["a backslash further in", "/articles\\..\\\\evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a data: URL", "data:text/html,<script>alert(1)</script>"],
    ["a relative path", "articles/x"],
    ["a tab the browser strips", "/\t/evil.example"],
    ["a newline the browser strips", "/\n/evil.example"],
    ["a null byte", "/articles\u0000"],
    ["a space", "/ /evil.example"],
    ["an empty string", ""],
    ["a very long path", `/${"a".repeat(3000)}`],
  ])("refuses %s", (_label, input) => {
    expect(safeReturnPath(input)).toBe("/");
  });

  it("refuses what is not a string (a repeated ?next= arrives as an array)", () => {
    expect(safeReturnPath(undefined)).toBe("/");
    expect(safeReturnPath(null)).toBe("/");
    expect(safeReturnPath(["/a", "/b"])).toBe("/");
  });
});
