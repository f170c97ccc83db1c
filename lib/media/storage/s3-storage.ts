import "server-only";
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { isValidMediaKey } from "./media-key";
import type { TMediaStorage } from "./media-storage";

export type TS3StorageOptions = {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

// S3-compatible object storage (MinIO, AWS S3, R2, ...) for several instances: every instance
// reads and writes the same bucket (docs/decisions/0018). Objects stay private; readers get them
// through /media/<key> (app/media/[...key]/route.ts), which any cache or CDN may keep for ever
// because keys are never reused. Path-style addressing, which MinIO and s3rver need.
export function createS3Storage(options: TS3StorageOptions): TMediaStorage {
  const client = new S3Client({
    endpoint: options.endpoint,
    region: options.region,
    forcePathStyle: true,
    // Checksums only where S3 requires them: several S3-compatible servers reject the SDK's
    // default CRC32 trailers.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
  });
  const bucket = options.bucket;

  return {
    async put(key, bytes, contentType) {
      if (!isValidMediaKey(key)) throw new Error(`Refusing to store under an invalid media key: ${JSON.stringify(key)}`);
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType, CacheControl: "public, max-age=31536000, immutable" }),
      );
    },
    async get(key) {
      if (!isValidMediaKey(key)) return null;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        if (!object.Body) return null;
        const bytes = Buffer.from(await object.Body.transformToByteArray());
        return { bytes, contentType: object.ContentType ?? "application/octet-stream" };
      } catch (error) {
        if (error instanceof NoSuchKey || (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)) return null;
        throw error;
      }
    },
    async delete(key) {
      if (!isValidMediaKey(key)) return;
      // Deleting a missing object succeeds in S3: nothing to special-case.
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}
