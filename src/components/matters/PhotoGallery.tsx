import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PhotoView } from '@domain/matters/views';
import './PhotoGallery.scss';

const badges: Partial<Record<PhotoView['status'], string>> = { checking: '审核中', rejected: '未通过审核' };

/**
 * A matter's photos; tap one to see them full screen. Photos still being checked (or refused) only
 * reach their author and the committee, and carry a badge saying so.
 */
export function PhotoGallery({ photos }: { photos: PhotoView[] }) {
  if (photos.length === 0) return null;
  const urls = photos.map((p) => p.url);
  return (
    <View className="mq-gallery" id="matter-photos">
      {photos.map((photo, index) => (
        <View
          key={photo.fileId}
          className="mq-gallery__item"
          id={`matter-photo-${index}`}
          onClick={() => void Taro.previewImage({ current: photo.url, urls })}
        >
          <Image className="mq-gallery__image" src={photo.url} mode="aspectFill" lazyLoad />
          {badges[photo.status] ? (
            <View className={`mq-gallery__badge mq-gallery__badge--${photo.status}`}>{badges[photo.status]}</View>
          ) : null}
        </View>
      ))}
    </View>
  );
}
