import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { PhotoView } from '@domain/matters/views';
import { charCount } from '@domain/text';
import './QueuePreview.scss';

/** Longer than the three lines the card shows: it gets 展开. */
function isLong(body: string): boolean {
  return charCount(body) > 60 || body.split('\n').length > 3;
}

const photoBadges: Partial<Record<PhotoView['status'], string>> = { checking: '审核中', rejected: '未通过' };

/**
 * What a matter says, in its queue card: the first three lines of the body (展开 shows what the
 * queue carries, 收起 folds it again) and its photos as thumbnails, each opening full screen. Taps
 * here stay here: the card around opens the matter's control panel.
 */
export function QueuePreview({
  id,
  body,
  bodyCut,
  photos,
}: {
  id: string;
  body: string;
  bodyCut: boolean;
  photos: PhotoView[];
}) {
  const [open, setOpen] = useState(false);
  const long = bodyCut || isLong(body);
  const urls = photos.map((photo) => photo.url);
  return (
    <View className="cm-preview" id={`queue-preview-${id}`}>
      <View
        id={`queue-body-${id}`}
        className={`cm-preview__body ${long && !open ? 'cm-preview__body--folded' : ''}`}
        data-folded={long && !open ? 'yes' : 'no'}
      >
        {open && bodyCut ? `${body}…` : body}
      </View>
      {open && bodyCut ? <View className="mq-muted">全文较长，请点“查看详情并办理”阅读全文</View> : null}
      {long ? (
        <View
          id={`queue-body-toggle-${id}`}
          className="cm-preview__toggle"
          onClick={(event) => {
            event.stopPropagation?.();
            setOpen(!open);
          }}
        >
          {open ? '收起' : '展开'}
        </View>
      ) : null}
      {photos.length > 0 ? (
        <View className="cm-preview__photos" id={`queue-photos-${id}`}>
          {photos.map((photo, index) => (
            <View
              key={photo.fileId}
              id={`queue-photo-${id}-${index}`}
              className="cm-preview__photo"
              onClick={(event) => {
                event.stopPropagation?.();
                void Taro.previewImage({ current: photo.url, urls });
              }}
            >
              <Image className="cm-preview__image" src={photo.url} mode="aspectFill" lazyLoad />
              {photoBadges[photo.status] ? (
                <View className="cm-preview__badge">{photoBadges[photo.status]}</View>
              ) : null}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
