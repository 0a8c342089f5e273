import Taro from '@tarojs/taro';
import { cloudUploadFolder } from '@domain/uploads';
import { ApiError } from './apiError';
import { fetchData } from './http';
import { withTimeout } from './timeout';

export interface UploadedPhoto {
  fileId: string;
  url: string;
}

/** Photos are shrunk on the phone before upload: residents' data plans and the 2 MB limit. */
const MAX_SIDE_PX = 1600;
const JPEG_QUALITY = 0.8;
/** A photo is up to 2 MB, more than a call carries: on a slow mobile link that takes longer than 10 s. */
const UPLOAD_TIMEOUT_MS = 30_000;

/**
 * Uploads a chosen photo (a temp path from chooseImage/chooseMedia) after compressing it.
 * weapp: CloudBase cloud storage, in the user's own folder (the functions accept only those);
 * the `cloud://` file id is shown directly by <Image>.
 * h5: the local host's `/api/upload`, the stand-in for cloud storage, which records the uploader.
 */
export async function uploadPhoto(tempFilePath: string, userId: string): Promise<UploadedPhoto> {
  return process.env.TARO_ENV === 'weapp' ? uploadToCloud(tempFilePath, userId) : uploadToHost(tempFilePath);
}

async function uploadToCloud(tempFilePath: string, userId: string): Promise<UploadedPhoto> {
  const compressed = await Taro.compressImage({ src: tempFilePath, quality: Math.round(JPEG_QUALITY * 100) })
    .then((r) => r.tempFilePath)
    .catch(() => tempFilePath);
  const month = new Date().toISOString().slice(0, 7);
  const name = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.jpg`;
  try {
    const uploading = Taro.cloud.uploadFile({
      cloudPath: `${cloudUploadFolder(userId)}${month}/${name}`,
      filePath: compressed,
    });
    const { fileID } = await withTimeout(uploading, UPLOAD_TIMEOUT_MS);
    return { fileId: fileID, url: fileID };
  } catch (cause) {
    const code = cause instanceof ApiError ? cause.code : 'NETWORK';
    throw new ApiError(code, '图片上传失败，请重试', [], { cause });
  }
}

async function uploadToHost(tempFilePath: string): Promise<UploadedPhoto> {
  const original = await (await fetch(tempFilePath)).blob();
  const body = await compressInBrowser(original).catch(() => original);
  return fetchData<UploadedPhoto>('/api/upload', { body, timeoutMs: UPLOAD_TIMEOUT_MS });
}

async function compressInBrowser(blob: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(blob);
  const scale = Math.min(1, MAX_SIDE_PX / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (result) => (result ? resolve(result) : reject(new Error('toBlob failed'))),
      'image/jpeg',
      JPEG_QUALITY,
    ),
  );
}
