import { Button, Popup } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { setConsentPrompt, type ConsentAnswer, type ConsentTemplate } from '../../api/subscribe';
import { useSession } from '../../state/session';
import './ConsentSheet.scss';
import { routes } from '@domain/routes';

interface Asking {
  templates: ConsentTemplate[];
  answer: (result: ConsentAnswer) => void;
}

/**
 * h5 only: WeChat's subscribe-message dialog does not exist in a browser, so the local demo shows
 * this look-alike (app name, the message titles, 取消 / 允许) and the consent step can be seen
 * and tried. Mounted once for the whole app (app.tsx through ConsentHost.h5.tsx), so it stays
 * open when the page that asked moves on. Unticking a message answers 'reject' for it, as WeChat
 * does.
 */
export function ConsentSheet() {
  const { elder } = useSession();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [unticked, setUnticked] = useState<string[]>([]);
  const current = useRef<Asking | null>(null);

  /** Closes the sheet with this answer for the templates it was asking about. */
  const close = useCallback((answerFor: (template: ConsentTemplate) => string) => {
    const open = current.current;
    if (!open) return;
    current.current = null;
    setAsking(null);
    open.answer(Object.fromEntries(open.templates.map((t) => [t.id, answerFor(t)])));
  }, []);

  useEffect(
    () =>
      setConsentPrompt(
        (templates) =>
          new Promise<ConsentAnswer>((resolve) => {
            // A second ask while one is open: the first counts as declined, like a closed dialog.
            close(() => 'reject');
            current.current = { templates, answer: resolve };
            setUnticked([]);
            setAsking(current.current);
          }),
      ),
    [close],
  );

  // Someone else signing in (the dev-login page) takes over the browser: the dialog that was
  // asking the previous person is gone, as if they had closed it.
  useEffect(() => {
    const onRoute = () => {
      if (window.location.href.includes(routes.devLogin.path)) close(() => 'reject');
    };
    window.addEventListener('hashchange', onRoute);
    window.addEventListener('popstate', onRoute);
    return () => {
      window.removeEventListener('hashchange', onRoute);
      window.removeEventListener('popstate', onRoute);
    };
  }, [close]);

  const allow = () => close((t) => (unticked.includes(t.id) ? 'reject' : 'accept'));
  const cancel = () => close(() => 'reject');
  const toggle = (id: string) =>
    setUnticked((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));

  return (
    <Popup visible={asking !== null} position="bottom" round onClose={cancel}>
      {asking ? (
        <View className={`mq-consent ${elder ? 'mq-consent--elder' : ''}`} id="consent-sheet">
          <View className="mq-consent__app">
            <View className="mq-consent__logo">民</View>
            <View>民情通 申请</View>
          </View>
          <View className="mq-consent__title">向你发送以下订阅消息</View>
          {asking.templates.map((template) => {
            const ticked = !unticked.includes(template.id);
            return (
              <View
                key={template.id}
                id={`consent-template-${template.id}`}
                className="mq-consent__item"
                role="checkbox"
                aria-checked={ticked}
                onClick={() => toggle(template.id)}
              >
                <View className="mq-consent__item-title">{template.title}</View>
                <View className={`mq-consent__tick ${ticked ? 'mq-consent__tick--on' : ''}`}>{ticked ? '✓' : ''}</View>
              </View>
            );
          })}
          <View className="mq-consent__note">本地演示：模拟微信的订阅消息授权。允许一次，可收到一条微信通知。</View>
          <View className="mq-consent__actions">
            <Button id="consent-cancel" className="mq-consent__button" size="large" onClick={cancel}>
              取消
            </Button>
            <Button
              id="consent-allow"
              className="mq-consent__button mq-consent__button--allow"
              size="large"
              onClick={allow}
            >
              允许
            </Button>
          </View>
        </View>
      ) : null}
    </Popup>
  );
}
