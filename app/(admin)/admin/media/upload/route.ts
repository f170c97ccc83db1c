import { receiveImageUpload } from "@/lib/media/receive-image-upload";

// Image uploads: a route handler rather than a server action, so the upload's body limit is its
// own and the permission is checked before the body is read (lib/media/receive-image-upload.ts).
export async function POST(request: Request): Promise<Response> {
  return receiveImageUpload(request);
}
