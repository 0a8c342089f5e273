/**
 * Where a user's photos go in CloudBase cloud storage. Cloud storage keeps no owner a function
 * can read, so the folder is the ownership rule: the client uploads under its user's folder and
 * the functions attach only files from the caller's own folder (see README, 照片).
 */
export function cloudUploadFolder(userId: string): string {
  return `uploads/${userId}/`;
}
