import "server-only";
import { openExportFile } from "./open-export-file";
import { readGhostExport } from "./read-ghost-export";
import { readWordpressExport } from "./read-wordpress-export";
import type { TImportFormat, TSourceEvent } from "./import-types";

/** The items of an export file, streamed; each call reads the file again from the start. */
export function readExport(format: TImportFormat, path: string): AsyncGenerator<TSourceEvent> {
  if (format === "wordpress") return readWordpressFile(path);
  return readGhostExport(() => openExportFile(path));
}

async function* readWordpressFile(path: string): AsyncGenerator<TSourceEvent> {
  yield* readWordpressExport(await openExportFile(path));
}
