import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { sheetData } from '@domain/privacy/registry';
import { openPrivacyGuide } from './openPrivacyGuide';
import {
  AGREE_BUTTON_ID,
  bringPrivacyPromptToFront,
  setPrivacyPrompt,
  type PrivacyAnswer,
  type PrivacyPrompt,
} from '../../api/privacy';
import './PrivacySheet.scss';

/**
 * Our privacy sheet (WeChat's rules since 2023): it says in plain words what the app collects and
 * why, links the full guide, and agrees through WeChat's agree button (open-type
 * agreePrivacyAuthorization), whose event is what lets WeChat release the API it held back.
 * A mini-program draws nothing outside its pages, so each page that uses an API needing the
 * agreement mounts one (PhotoPicker, PhoneVerification); the page in front is the
 * one that asks (api/privacy.ts). Not on every page: the weapp main package must stay under 600 KB,
 * and the sheet with the registry's words is ~10 KB there, while the pages that need it live in
 * subpackages. A plain overlay rather than NutUI's Popup, whose transitions cost ~20 KB more.
 */
export function PrivacySheet() {
  const [open, setOpen] = useState(false);
  const pending = useRef<((answer: PrivacyAnswer) => void) | null>(null);

  const answer = useCallback((result: PrivacyAnswer) => {
    const resolve = pending.current;
    pending.current = null;
    setOpen(false);
    resolve?.(result);
  }, []);

  const prompt = useRef<PrivacyPrompt>(
    () =>
      new Promise<PrivacyAnswer>((resolve) => {
        // A second request while one is open: the first is answered as declined, as WeChat does.
        pending.current?.('disagree');
        pending.current = resolve;
        setOpen(true);
      }),
  ).current;

  useEffect(() => setPrivacyPrompt(prompt), [prompt]);
  useDidShow(() => bringPrivacyPromptToFront(prompt));

  const openGuide = openPrivacyGuide;
  const agree = () => answer('agree');
  const isWeapp = process.env.TARO_ENV === 'weapp';

  return open ? (
    <View className="mq-privacy-overlay" catchMove>
      <View className="mq-privacy" id="privacy-sheet" role="dialog" aria-modal="true">
        <View className="mq-privacy__title">隐私保护提示</View>
        <View className="mq-privacy__intro">使用前请你了解，民情通会收集以下信息，只用于社区办事：</View>
        <View className="mq-privacy__items">
          {sheetData.map((datum) => (
            <View key={datum.key} className="mq-privacy__item" id={`privacy-item-${datum.key}`}>
              <Text className="mq-privacy__item-label">{datum.label}</Text>
              <Text className="mq-privacy__item-purpose">{datum.purpose}</Text>
            </View>
          ))}
        </View>
        <View className="mq-privacy__guide">
          完整内容见
          <Text className="mq-privacy__link" id="privacy-guide-link" onClick={openGuide}>
            《民情通隐私保护指引》
          </Text>
          。不同意也可以浏览说事、支持和预约走访，只是不能上传照片、验证手机号（发布说事和评论需要）。
        </View>
        <View className="mq-privacy__actions">
          <Button id="privacy-decline" className="mq-privacy__button" size="large" onClick={() => answer('disagree')}>
            不同意
          </Button>
          <Button
            id={AGREE_BUTTON_ID}
            className="mq-privacy__button mq-privacy__button--agree"
            size="large"
            type="primary"
            openType="agreePrivacyAuthorization"
            // weapp: only the agree event proves the tap to WeChat; h5 has no such event.
            onAgreePrivacyAuthorization={agree}
            onClick={isWeapp ? undefined : agree}
          >
            同意
          </Button>
        </View>
      </View>
    </View>
  ) : null;
}
