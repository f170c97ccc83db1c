// Content API keys: made by admins only, stored as a hash, refused once revoked; every request
// needs a live key and is counted against the key's rate limit in PostgreSQL.
import { describe, expect, it } from "vitest";
import { createApiKeyFor, revokeApiKeyFor } from "@/lib/content-api/api-keys";
import { handleContentApiRequest } from "@/lib/content-api/content-api-request";
import { db } from "@/lib/db/client";
import { createUser, uniqueSuffix, actorFor } from "../factories";

function call(key: string | null, rule = { limit: 2, windowSeconds: 60 }) {
  const request = new Request("http://masthead.test/api/content/tags", { headers: key ? { authorization: `Bearer ${key}` } : {} });
  return handleContentApiRequest(request, "test", async () => ({ data: [] }), rule);
}

describe("content API keys", () => {
  it("are made by admins, kept only as a hash, limited per key and refused once revoked", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const editor = await createUser({ role: "EDITOR" });
    await expect(createApiKeyFor(actorFor(editor), { name: "Not allowed" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createApiKeyFor(actorFor(admin), { name: "  " })).rejects.toMatchObject({ code: "BAD_INPUT", fieldErrors: { name: expect.any(String) } });

    const { id, key } = await createApiKeyFor(actorFor(admin), { name: `App ${uniqueSuffix()}` });
    const stored = await db.apiKey.findUniqueOrThrow({ where: { id } });
    expect(stored.keyHash).not.toContain(key);
    expect(stored.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(key.startsWith(stored.prefix)).toBe(true);

    expect((await call(null)).status).toBe(401);
    expect((await call("mh_not-a-key")).status).toBe(401);
    const first = await call(key);
    expect(first.status).toBe(200);
    expect(first.headers.get("x-ratelimit-remaining")).toBe("1");
    expect((await call(key)).status).toBe(200);
    const limited = await call(key);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();

    await revokeApiKeyFor(actorFor(admin), { keyId: id });
    expect((await call(key, { limit: 100, windowSeconds: 60 })).status).toBe(401);
    await expect(revokeApiKeyFor(actorFor(admin), { keyId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
