import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState, type Dispatch, type SetStateAction } from 'react';
import { ApiError } from '../../api/apiError';
import { uploadPhoto } from '../../api/photos';
import { ensurePrivacyConsent } from '../../api/privacy';
import { useSession } from '../../state/session';
import { PrivacySheet } from '../privacy/PrivacySheet';
import './PhotoPicker.scss';

export interface PickedPhoto {
  key: string;
  /** The phone's temp path (weapp) or a blob URL (h5): shown until the matter is saved. */
  localPath: string;
  status: 'uploading' | 'done' | 'failed';
  fileId?: string;
  error?: string;
}

export const MAX_PHOTOS = 6;

let counter = 0;
const newKey = () => `p${Date.now().toString(36)}${(counter += 1)}`;

/**
 * Up to six photos from the album or the camera (Taro.chooseImage), each uploaded as soon as it is
 * picked; a thumbnail grid with a big 删除 under each, and a failed upload retried by tapping it.
 * Picking waits for the privacy agreement (the privacy sheet asks the first time); someone who
 * declines is told why photos need it and can open the sheet again; the rest of the form works.
 */
export function PhotoPicker({
  photos,
  setPhotos,
  error,
  hint = '照片经审核后其他居民才能看到',
}: {
  photos: PickedPhoto[];
  setPhotos: Dispatch<SetStateAction<PickedPhoto[]>>;
  error?: string;
  /** Who will see the photos, after the count (residents' photos are checked before neighbours see them). */
  hint?: string;
}) {
  const room = MAX_PHOTOS - photos.length;
  const userId = useSession().user?.id ?? '';
  const [privacyDeclined, setPrivacyDeclined] = useState(false);

  function upload(photo: PickedPhoto) {
    const set = (patch: Partial<PickedPhoto>) =>
      setPhotos((all) => all.map((p) => (p.key === photo.key ? { ...p, ...patch } : p)));
    set({ status: 'uploading', error: undefined });
    uploadPhoto(photo.localPath, userId).then(
      (uploaded) => set({ status: 'done', fileId: uploaded.fileId }),
      (caught: unknown) =>
        set({ status: 'failed', error: caught instanceof ApiError ? caught.message : '图片上传失败，请重试' }),
    );
  }

  async function add() {
    if (room <= 0) return;
    const agreed = await ensurePrivacyConsent(userId);
    setPrivacyDeclined(!agreed);
    if (!agreed) return;
    let paths: string[];
    try {
      const chosen = await Taro.chooseImage({ count: room, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
      paths = chosen.tempFilePaths.slice(0, room);
    } catch {
      return; // the resident closed the picker
    }
    const picked = paths.map((localPath) => ({ key: newKey(), localPath, status: 'uploading' as const }));
    setPhotos((all) => [...all, ...picked].slice(0, MAX_PHOTOS));
    picked.forEach(upload);
  }

  function preview(photo: PickedPhoto) {
    if (photo.status === 'failed') return upload(photo);
    void Taro.previewImage({ current: photo.localPath, urls: photos.map((p) => p.localPath) });
  }

  return (
    <View className="mq-photo-picker" id="photo-picker">
      <View className="mq-photo-picker__grid">
        {photos.map((photo, index) => (
          <View key={photo.key} className="mq-photo-picker__tile" id={`photo-${index}`} data-status={photo.status}>
            <View className="mq-photo-picker__frame" onClick={() => preview(photo)}>
              <Image className="mq-photo-picker__image" src={photo.localPath} mode="aspectFill" />
              {photo.status === 'uploading' ? <View className="mq-photo-picker__veil">上传中…</View> : null}
              {photo.status === 'failed' ? (
                <View className="mq-photo-picker__veil mq-photo-picker__veil--failed">上传失败{'\n'}点此重试</View>
              ) : null}
            </View>
            <View
              className="mq-photo-picker__remove"
              id={`photo-remove-${index}`}
              onClick={() => setPhotos((all) => all.filter((p) => p.key !== photo.key))}
            >
              删除
            </View>
          </View>
        ))}
        {room > 0 ? (
          <View className="mq-photo-picker__tile mq-photo-picker__add" id="photo-add" onClick={() => void add()}>
            <View className="mq-photo-picker__plus">＋</View>
            <View className="mq-photo-picker__add-text">添加照片</View>
          </View>
        ) : null}
      </View>
      <View className="mq-photo-picker__hint">
        {photos.length}/{MAX_PHOTOS} 张。{hint}
      </View>
      {photos.some((p) => p.status === 'failed') ? (
        <View className="mq-photo-picker__error">{photos.find((p) => p.status === 'failed')?.error}</View>
      ) : null}
      {privacyDeclined ? (
        <View className="mq-photo-picker__privacy" id="photo-privacy-declined" role="alert">
          <View>添加照片需要你先同意《民情通隐私保护指引》。不加照片也可以提交说事。</View>
          <View className="mq-photo-picker__privacy-again" id="photo-privacy-again" onClick={() => void add()}>
            查看并同意
          </View>
        </View>
      ) : null}
      {error ? <View className="mq-photo-picker__error">{error}</View> : null}
      <PrivacySheet />
    </View>
  );
}
