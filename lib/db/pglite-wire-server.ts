// Serves a PGlite database over the PostgreSQL wire protocol, for the embedded default
// (docs/decisions/0002). Replaces @electric-sql/pglite-socket 0.1.6, which queues each protocol
// message on its own: messages from two connections interleave (one connection's Bind meets
// another's Parse), and an error in the extended protocol leaves an extra ReadyForQuery, so
// every later reply on that connection is off by one.
//
// Here a connection's messages are forwarded as one batch up to the point where the client
// waits for an answer (Sync, a simple Query, Flush, ...), so PostgreSQL itself applies the
// "skip until Sync after an error" rule; batches from different connections never interleave;
// and a connection that leaves a transaction open keeps the database until it ends it (or
// disconnects, which rolls it back).
import net from "node:net";
import type { PGlite } from "@electric-sql/pglite";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
/** Message types after which a client waits for the server: the end of a batch. */
const BATCH_ENDS = new Set(["S", "Q", "H", "p", "c", "f", "d", "F"].map((c) => c.charCodeAt(0)));
const TERMINATE = "X".charCodeAt(0);
const SYNC = "S".charCodeAt(0);
const ERROR_RESPONSE = "E".charCodeAt(0);
const READY_FOR_QUERY = "Z".charCodeAt(0);

/**
 * After an error in the extended protocol PostgreSQL sends ErrorResponse, skips to Sync, and
 * sends one ReadyForQuery. PGlite sends a ReadyForQuery right after the error as well, which a
 * client reads as the answer to its next query. Keep the output up to the first error, then
 * only the final ReadyForQuery (it carries the transaction status).
 */
export function dropReadyAfterError(output: Buffer): Buffer {
  const kept: Buffer[] = [];
  let offset = 0;
  let sawError = false;
  let lastReady: Buffer | null = null;
  while (offset + 5 <= output.length) {
    const type = output[offset]!;
    const end = offset + 1 + output.readInt32BE(offset + 1);
    const message = output.subarray(offset, end);
    if (!sawError) kept.push(message);
    if (type === ERROR_RESPONSE) sawError = true;
    if (sawError && type === READY_FOR_QUERY) lastReady = message;
    offset = end;
  }
  if (!sawError) return output;
  if (lastReady) kept.push(lastReady);
  return Buffer.concat(kept);
}

type Connection = { id: number; socket: net.Socket; buffer: Buffer; started: boolean; pending: Buffer[]; closed: boolean };
type Job = { connection: Connection; bytes: Buffer; endsWithSync: boolean };

export type TWireServer = { port: number; close: () => Promise<void> };

export async function serveOverTcp(db: PGlite, options: { host: string; port: number }): Promise<TWireServer> {
  const jobs: Job[] = [];
  let owner: Connection | null = null;
  let running = false;
  let nextId = 1;
  const connections = new Set<Connection>();

  async function runJobs() {
    if (running) return;
    running = true;
    try {
      for (;;) {
        const index = owner ? jobs.findIndex((job) => job.connection === owner) : 0;
        if (index === -1 || jobs.length === 0) break;
        const [job] = jobs.splice(index, 1);
        if (!job || job.connection.closed) continue;
        const { socket } = job.connection;
        try {
          const chunks: Buffer[] = [];
          await db.runExclusive(() =>
            db.execProtocolRawStream(new Uint8Array(job.bytes), { onRawData: (chunk) => chunks.push(Buffer.from(chunk)) }),
          );
          const output = Buffer.concat(chunks);
          if (!socket.destroyed) socket.write(job.endsWithSync ? dropReadyAfterError(output) : output);
        } catch (error) {
          console.error(`embedded-postgres: connection ${job.connection.id} failed:`, error);
          socket.destroy();
        }
        owner = db.isInTransaction() ? job.connection : null;
        if (owner?.closed) await rollbackFor(owner);
      }
    } finally {
      running = false;
    }
  }

  async function rollbackFor(connection: Connection) {
    if (owner !== connection) return;
    owner = null;
    if (db.isInTransaction()) await db.runExclusive(() => db.exec("ROLLBACK"));
  }

  function close(connection: Connection) {
    if (connection.closed) return;
    connection.closed = true;
    for (let i = jobs.length - 1; i >= 0; i--) if (jobs[i]?.connection === connection) jobs.splice(i, 1);
    // If it holds an open transaction and no batch is running, roll back now; a running batch
    // is followed by the check in runJobs.
    if (owner === connection && !running) void rollbackFor(connection).then(runJobs);
    else void runJobs();
  }

  function onData(connection: Connection, data: Buffer) {
    connection.buffer = Buffer.concat([connection.buffer, data]);
    for (;;) {
      const { buffer } = connection;
      if (!connection.started) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        connection.buffer = buffer.subarray(length);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          connection.socket.write("N"); // no encryption: clients then send the real startup
          continue;
        }
        if (code === CANCEL_REQUEST) {
          connection.socket.end();
          return;
        }
        connection.started = true;
        jobs.push({ connection, bytes: Buffer.from(buffer.subarray(0, length)), endsWithSync: false });
        void runJobs();
        continue;
      }
      if (buffer.length < 5) return;
      const type = buffer[0]!;
      const length = 1 + buffer.readInt32BE(1);
      if (buffer.length < length) return;
      const message = Buffer.from(buffer.subarray(0, length));
      connection.buffer = buffer.subarray(length);
      if (type === TERMINATE) {
        connection.socket.end();
        close(connection);
        return;
      }
      connection.pending.push(message);
      if (BATCH_ENDS.has(type)) {
        jobs.push({ connection, bytes: Buffer.concat(connection.pending), endsWithSync: type === SYNC });
        connection.pending = [];
        void runJobs();
      }
    }
  }

  const server = net.createServer((socket) => {
    socket.setNoDelay(true);
    const connection: Connection = { id: nextId++, socket, buffer: Buffer.alloc(0), started: false, pending: [], closed: false };
    connections.add(connection);
    socket.on("data", (data) => onData(connection, data));
    socket.on("close", () => {
      connections.delete(connection);
      close(connection);
    });
    socket.on("error", () => close(connection));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const connection of connections) connection.socket.destroy();
      }),
  };
}
