import { receiveImportUpload } from "@/lib/import/receive-import-upload";

// Export uploads: a route handler with its own body limit, the permission checked before the
// body is read (lib/import/receive-import-upload.ts).
export async function POST(request: Request): Promise<Response> {
  return receiveImportUpload(request);
}
