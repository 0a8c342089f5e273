/**
 * Turns a stored file id into something an <Image> can show. In weapp the CloudBase file id
 * (`cloud://...`) is shown directly; the local host serves its uploads folder.
 */
export interface FileUrls {
  urlFor(fileId: string): string;
  /** Whether this deployment could have stored the file (refuses ids from elsewhere). */
  isOwnFile(fileId: string): boolean;
}
