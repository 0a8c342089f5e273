/**
 * Turns a stored file id into something an <Image> can show. In weapp the CloudBase file id
 * (`cloud://...`) is shown directly; the local host serves its uploads folder.
 */
export interface FileUrls {
  urlFor(fileId: string): string;
  /**
   * Whether the user `uploaderId` stored this file through this deployment's upload path: ids from
   * elsewhere, another user's uploads and files that were never stored are refused.
   */
  isUploadedBy(fileId: string, uploaderId: string): Promise<boolean>;
  /**
   * Deletes stored files for good (注销: the photos a deleted person attached). Ids this deployment
   * did not store, and files already gone, are passed over: a retried deletion deletes again.
   */
  remove(fileIds: readonly string[]): Promise<void>;
}
