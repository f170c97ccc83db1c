// DATABASE_REPLICA_URL on a running production server (issue 13, item 4): signed-out reader
// pages are read from the replica, while staff screens, sign-in and every write use the primary.
// The "replica" is a second database the primary never feeds, reached as a read-only role
// (tests/setup/replica-database.ts), so each answer shows which database it came from and a
// write sent to the replica would fail.
import { expect, test } from "./helpers/test";
import { createPrismaClient, db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createArticle, createUser, uniqueSuffix } from "../factories";
import { dropTestReplica, prepareTestReplica } from "../setup/replica-database";
import { signInAs } from "./helpers/session";
import { startInstance, stopInstance, type TInstance } from "./helpers/production-instances";

const PORT = Number(process.env.TEST_REPLICA_INSTANCE_PORT ?? 3347);

test.describe.configure({ mode: "serial", timeout: 90_000 });
test.skip(process.env.DATABASE_EMBEDDED === "1", "a replica needs a PostgreSQL server (TEST_DATABASE_URL)");

let instance: TInstance | undefined;
let replicaOwner: PrismaClient | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const replica = await prepareTestReplica(process.env.DATABASE_URL!);
  replicaOwner = createPrismaClient(replica.ownerUrl);
  // Memory cache and no job runner: this server is about where its reads go, nothing else.
  instance = await startInstance("replica instance", PORT, {
    DATABASE_REPLICA_URL: replica.readerUrl,
    REDIS_URL: "",
    MASTHEAD_DISABLE_JOB_RUNNER: "1",
    TRUSTED_PROXIES: "127.0.0.1",
  });
});

test.afterAll(async () => {
  await stopInstance(instance);
  await replicaOwner?.$disconnect();
  await dropTestReplica(process.env.DATABASE_URL!);
});

function at(path: string): string {
  if (!instance) throw new Error("instance not started");
  return `${instance.url}${path}`;
}

test("reader pages come from the replica; the newsroom reads and writes the primary", async ({ page, playwright }) => {
  const reader = await playwright.request.newContext();
  const suffix = uniqueSuffix();

  // A story that exists only on the replica is what a signed-out reader gets.
  const replicaSlug = `only-on-the-replica-${suffix}`;
  const replicaTitle = `Only on the replica ${suffix}`;
  const publishedAt = new Date(Date.now() - 60_000);
  const author = await replicaOwner!.user.create({ data: { email: `${replicaSlug}@example.test`, name: "Replica Writer", handle: replicaSlug, role: "AUTHOR" } });
  await replicaOwner!.article.create({
    data: {
      title: replicaTitle,
      slug: replicaSlug,
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Read from the replica." }] }] },
      status: "PUBLISHED",
      publishedAt,
      authors: { create: [{ userId: author.id, position: 0, status: "PUBLISHED", publishedAt }] },
    },
  });
  const fromReplica = await reader.get(at(`/articles/${replicaSlug}`));
  expect(fromReplica.status()).toBe(200);
  expect(await fromReplica.text()).toContain(replicaTitle);
  expect(await db.article.findUnique({ where: { slug: replicaSlug } })).toBeNull();

  // A draft on the primary: the editor sees it and publishes it (both on the primary; the
  // replica's role could not have taken the write). Readers go on reading the replica, which
  // this test never feeds, so the story stays missing for them.
  const editor = await createUser({ role: "EDITOR" });
  const title = `Written to the primary ${suffix}`;
  const draft = await createArticle({ status: "DRAFT", title });
  await signInAs(page, editor);
  await page.goto(at(`/admin/articles/${draft.id}`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("button", { name: "Publish now" }).click();
  // A cold server's first action can be slow on a busy machine; the action is not what is tested here.
  await expect(page.getByTestId("article-status")).toHaveText("Published", { timeout: 15_000 });
  expect(await db.article.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true } })).toEqual({ status: "PUBLISHED" });
  expect((await reader.get(at(`/articles/${draft.slug}`))).status()).toBe(404);
  await reader.dispose();
});
