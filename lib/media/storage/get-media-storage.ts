import "server-only";
import { serverEnv } from "@/lib/env";
import { createLocalDiskStorage } from "./local-disk-storage";
import type { TMediaStorage } from "./media-storage";
import { createS3Storage } from "./s3-storage";

// The one place that chooses where media lives: S3-compatible object storage when S3_ENDPOINT
// is set (several instances share it; lib/env.ts requires all four S3 variables together),
// else the local disk under MEDIA_DIR (one instance, the demo).

let storage: TMediaStorage | undefined;

export function getMediaStorage(): TMediaStorage {
  storage ??= createConfiguredStorage();
  return storage;
}

function createConfiguredStorage(): TMediaStorage {
  const env = serverEnv();
  if (env.S3_ENDPOINT && env.S3_BUCKET && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY) {
    return createS3Storage({
      endpoint: env.S3_ENDPOINT,
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    });
  }
  return createLocalDiskStorage(env.MEDIA_DIR);
}
