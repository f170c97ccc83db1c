import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { deliverPendingEmails, MAX_DELIVERY_ATTEMPTS } from "@/lib/mail/deliver-pending-emails";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { listOutboxEmails } from "@/lib/mail/list-outbox-emails";
import { uniqueSuffix } from "../factories";

// A real SMTP conversation with a minimal server in this process: nodemailer speaks the
// protocol over TCP exactly as it would to a mail relay.
type TReceived = { from: string; to: string[]; data: string };

function startSmtpServer(): Promise<{ server: Server; port: number; received: TReceived[] }> {
  const received: TReceived[] = [];
  const server = createServer((socket: Socket) => {
    let buffer = "";
    let message: TReceived = { from: "", to: [], data: "" };
    let inData = false;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 test.invalid ESMTP");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      if (inData) {
        const end = buffer.indexOf("\r\n.\r\n");
        if (end === -1) return;
        message.data = buffer.slice(0, end);
        buffer = buffer.slice(end + 5);
        received.push(message);
        message = { from: "", to: [], data: "" };
        inData = false;
        reply("250 queued");
      }
      let newline: number;
      while (!inData && (newline = buffer.indexOf("\r\n")) !== -1) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "MAIL") message.from = line;
        if (verb === "RCPT") message.to.push(line);
        if (verb === "DATA") inData = true;
        reply(verb === "DATA" ? "354 go ahead" : verb === "QUIT" ? "221 bye" : "250 ok");
        if (verb === "QUIT") socket.end();
      }
    });
    socket.on("error", () => {});
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({ server, port: typeof address === "object" && address ? address.port : 0, received });
    });
  });
}

async function enqueueTestEmail(to: string): Promise<string> {
  return db.$transaction((tx) => enqueueEmail(tx, { to, subject: `Test ${uniqueSuffix()}`, text: "Hello,\n\nA plain body.", kind: "verify-email" }));
}

/** A port nothing listens on: the connection is refused at once. */
async function closedPort(): Promise<number> {
  const { server, port } = await startSmtpServer();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await new Promise((resolve) => smtp.server.close(resolve));
});

describe("the outbox", () => {
  it("keeps emails pending when no SMTP server is configured", async () => {
    const id = await enqueueTestEmail(`waiting-${uniqueSuffix()}@example.com`);
    expect(await deliverPendingEmails({ smtpUrl: undefined, ids: [id] })).toEqual({ sent: 0, failed: 0 });
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", attempts: 0 });
  });

  it("sends pending emails over SMTP once, and marks them sent", async () => {
    const to = `delivered-${uniqueSuffix()}@example.com`;
    const id = await enqueueTestEmail(to);
    const smtpUrl = `smtp://127.0.0.1:${smtp.port}`;
    expect(await deliverPendingEmails({ smtpUrl, ids: [id] })).toEqual({ sent: 1, failed: 0 });
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    const message = smtp.received.find((entry) => entry.to.some((line) => line.includes(to)));
    expect(message?.data).toContain("A plain body.");
    expect(message?.data).toMatch(/Content-Type: text\/plain/i);

    // A second run finds nothing to send: the email went out once.
    expect(await deliverPendingEmails({ smtpUrl, ids: [id] })).toEqual({ sent: 0, failed: 0 });
  });

  it("sends an email once even when two senders run at the same time", async () => {
    const to = `raced-${uniqueSuffix()}@example.com`;
    const id = await enqueueTestEmail(to);
    const smtpUrl = `smtp://127.0.0.1:${smtp.port}`;
    const reports = await Promise.all([deliverPendingEmails({ smtpUrl, ids: [id] }), deliverPendingEmails({ smtpUrl, ids: [id] })]);
    expect(reports.reduce((total, report) => total + report.sent, 0)).toBe(1);
    expect(smtp.received.filter((entry) => entry.to.some((line) => line.includes(to)))).toHaveLength(1);
  });

  it("records failures and gives up after the last attempt", async () => {
    const id = await enqueueTestEmail(`undeliverable-${uniqueSuffix()}@example.com`);
    const smtpUrl = `smtp://127.0.0.1:${await closedPort()}`;
    expect(await deliverPendingEmails({ smtpUrl, ids: [id] })).toEqual({ sent: 0, failed: 1 });
    const afterOne = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(afterOne).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(afterOne.lastError).toMatch(/ECONNREFUSED|connect/i);

    for (let attempt = 2; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) await deliverPendingEmails({ smtpUrl, ids: [id] });
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: MAX_DELIVERY_ATTEMPTS });
  });
});

describe("the mailbox listing", () => {
  const viewer = (role: TCurrentUser["role"]): TCurrentUser => ({
    id: `viewer-${uniqueSuffix()}`,
    email: "viewer@example.com",
    name: "Viewer",
    role,
    tier: "FREE",
    emailVerified: true,
  });

  it("shows admins the newest emails first, bodies included", async () => {
    const older = await enqueueTestEmail(`older-${uniqueSuffix()}@example.com`);
    const newer = await enqueueTestEmail(`newer-${uniqueSuffix()}@example.com`);
    const { emails } = await listOutboxEmails(viewer("ADMIN"), null);
    const ids = emails.map((email) => email.id);
    expect(ids).toContain(newer);
    expect(ids).toContain(older);
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
    expect(emails.find((email) => email.id === newer)?.textBody).toContain("A plain body.");
  });

  it("is closed to everyone else, checked where the data is read", async () => {
    for (const role of ["EDITOR", "AUTHOR", "MEMBER"] as const) {
      const error = await listOutboxEmails(viewer(role), null).catch((caught: unknown) => caught);
      expect(isAppError(error) && error.status, role).toBe(403);
    }
    const anonymous = await listOutboxEmails(null, null).catch((caught: unknown) => caught);
    expect(isAppError(anonymous) && anonymous.status).toBe(401);
  });
});
