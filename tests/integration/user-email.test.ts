import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { randomUUID } from "node:crypto";

describe("User.email", () => {
  it("is stored lower-cased and unique whatever the case it was written in", async () => {
    const local = `Reader.${randomUUID()}`;
    const user = await db.user.create({ data: { email: `${local}@Example.COM`, name: "Reader" } });
    expect(user.email).toBe(`${local.toLowerCase()}@example.com`);

    await expect(
      db.user.create({ data: { email: `${local.toUpperCase()}@EXAMPLE.com`, name: "Twin" } }),
    ).rejects.toSatisfy((error) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002");
  });
});
