// The edge cache's nginx configuration repeats two facts that live in lib/reader-routes.ts: which
// query parameters make a reader page live, and the session cookie's names. This keeps them the
// same, and checks the rendered configuration with nginx itself when it is installed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { edgeCacheAvailable, renderEdgeCacheConfig } from "../../deploy/edge-cache/start-edge-cache";
import { READER_ROUTES, SESSION_COOKIE_NAMES } from "@/lib/reader-routes";

const template = readFileSync("deploy/edge-cache/nginx.conf.template", "utf8");

describe("deploy/edge-cache/nginx.conf.template", () => {
  it("passes every live query parameter of every reader route to Masthead", () => {
    const liveKeys = template.match(/"~\(\^\|&\)\(([a-z|]+)\)="/)?.[1]?.split("|") ?? [];
    const routeKeys = new Set(READER_ROUTES.flatMap((route) => route.liveQueryKeys));
    expect(new Set(liveKeys)).toEqual(routeKeys);
  });

  it("passes requests carrying either spelling of the session cookie", () => {
    const pattern = template.match(/map \$http_cookie \$masthead_signed_in \{[^}]*"~([^"]+)" 1;/)?.[1];
    expect(pattern).toBeDefined();
    const regex = new RegExp(pattern!);
    for (const name of SESSION_COOKIE_NAMES) {
      expect(regex.test(`theme=dark; ${name}=abc`)).toBe(true);
      expect(regex.test(`${name}=abc`)).toBe(true);
    }
    expect(regex.test("theme=dark; other-session-token=abc")).toBe(false);
  });

  it.skipIf(!edgeCacheAvailable())("renders to a configuration nginx accepts", () => {
    const workDir = mkdtempSync(join(tmpdir(), "masthead-edge-check-"));
    try {
      const configPath = join(workDir, "nginx.conf");
      writeFileSync(configPath, renderEdgeCacheConfig({ listen: "127.0.0.1:1", backend: "127.0.0.1:2", workDir, cacheSize: "16m" }));
      const check = spawnSync("nginx", ["-t", "-q", "-e", "stderr", "-p", workDir, "-c", configPath], { encoding: "utf8" });
      expect(check.stderr).toBe("");
      expect(check.status).toBe(0);
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  });
});
