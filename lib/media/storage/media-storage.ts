// Where uploaded images live. One small interface so the local disk can later give way to an
// object store without touching the upload or serving code (docs/decisions/0008-media-storage.md).

export type TStoredObject = { bytes: Buffer; contentType: string };

export type TMediaStorage = {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The object, or null when nothing is stored under the key (or the key is not one we make). */
  get(key: string): Promise<TStoredObject | null>;
  /** Removes the object; removing one that is already gone is not an error. */
  delete(key: string): Promise<void>;
};
