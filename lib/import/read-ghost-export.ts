import "server-only";
import type { Readable } from "node:stream";
import type { TSourceEvent } from "./import-types";

export async function* readGhostExport(open: () => Promise<Readable>): AsyncGenerator<TSourceEvent> {
  await open();
  yield* [];
  throw new Error("not yet");
}
