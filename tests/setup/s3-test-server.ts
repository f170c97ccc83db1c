import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";

// An S3-compatible server for tests and for scripts/run-instances.ts: s3rver (npm), in this
// process. Production uses MinIO or S3 (docker-compose.prod.yml); all speak the same API.
export const S3_TEST_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

/** Files go to `directory` (kept), or to a temporary folder removed on stop. */
export async function startS3TestServer(port: number, bucket: string, directory?: string): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const folder = directory ?? (await mkdtemp(join(tmpdir(), "masthead-s3-")));
  const server = new S3rver({ port, address: "127.0.0.1", silent: true, directory: folder, configureBuckets: [{ name: bucket, configs: [] }] });
  await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      await server.close();
      if (!directory) await rm(folder, { recursive: true, force: true });
    },
  };
}
