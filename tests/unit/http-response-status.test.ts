// The statuses and words Masthead adds where Next gives no way to (lib/http/response-status.ts,
// lib/http/error-shell-text.ts), and which errors count as "the database is unreachable"
// (lib/db/database-health.ts). The e2e specs drive them through a real server:
// errors-without-javascript, database-outage, error-statuses.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseConnectionError } from "@/lib/db/database-health";
import { withErrorShellText } from "@/lib/http/error-shell-text";
import { answerWithStatus, finalStatus, installResponseStatusHook, noteDatabaseUnreachableForRequest } from "@/lib/http/response-status";

const SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div><script>1</script></body></html>';

describe("the final status", () => {
  it("replaces only a 200 with the asked-for status, and only a 5xx with 503 for an unreachable database", () => {
    expect(finalStatus(200, { status: 400, databaseUnreachable: false })).toBe(400);
    expect(finalStatus(303, { status: 400, databaseUnreachable: false })).toBe(303);
    expect(finalStatus(500, { status: null, databaseUnreachable: true })).toBe(503);
    expect(finalStatus(404, { status: null, databaseUnreachable: true })).toBe(404);
    expect(finalStatus(200, { status: null, databaseUnreachable: false })).toBe(200);
  });
});

describe("words for Next's error shell", () => {
  it("puts a sentence for the status right after <body>, for readers without JavaScript", () => {
    expect(withErrorShellText(SHELL, 404)).toContain('<body><noscript><main style="max-width:36rem;margin:4rem auto;padding:0 1.25rem;font-family:Georgia,serif;line-height:1.6"><h1>We could not find that page</h1>');
    expect(withErrorShellText(SHELL, 403)).toContain("<h1>You do not have access to this page</h1>");
    expect(withErrorShellText(SHELL, 503)).toContain("The site cannot reach its database just now");
    expect(withErrorShellText(SHELL, 500)).toContain("<h1>Something went wrong</h1>");
  });

  it("leaves every other document alone", () => {
    const page = "<!DOCTYPE html><html lang=\"en\"><body><main>A story</main></body></html>";
    expect(withErrorShellText(page, 404)).toBe(page);
  });
});

describe("database connection errors", () => {
  it("recognises Prisma's and the driver's ways of saying the server is gone, causes included", () => {
    expect(isDatabaseConnectionError(Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" }))).toBe(true);
    expect(isDatabaseConnectionError(new Error("wrapped", { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) }))).toBe(true);
    expect(isDatabaseConnectionError(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseConnectionError(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
  });
});

describe("the hook on Node's HTTP server", () => {
  let server: http.Server;
  let base = "";
  beforeAll(async () => {
    installResponseStatusHook();
    server = http.createServer((request, response) => {
      setTimeout(() => {
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        if (request.url === "/action-failed") answerWithStatus(429);
        if (request.url === "/database-down") {
          noteDatabaseUnreachableForRequest();
          response.statusCode = 500;
        }
        response.setHeader("Content-Length", Buffer.byteLength(SHELL));
        response.end(SHELL);
      }, 1);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("answers with the status the request asked for, later in its own async context", async () => {
    expect((await fetch(`${base}/action-failed`)).status).toBe(429);
    expect((await fetch(`${base}/other`)).status).toBe(200);
  });

  it("turns a failed render that met an unreachable database into 503 with Retry-After and words", async () => {
    const response = await fetch(`${base}/database-down`);
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.text()).toContain("<body><noscript>");
  });
});
