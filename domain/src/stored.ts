/** A stored value with the version token (Cosmos ETag) a later conditional write must present. */
export interface Stored<T> {
  value: T;
  etag: string;
}
