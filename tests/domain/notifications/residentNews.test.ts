import { isAskedAt, residentDeliveryLabels, residentNews, residentNewsState } from '@domain/notifications/residentNews';
import { consentMoments } from '@domain/notifications/templates';
import { deliveryStates } from '@domain/notifications/views';

describe('the news a resident can be told in WeChat', () => {
  test('every row is asked for where its consent moment asks, and every resident template has a row', () => {
    expect(residentNews.filter((news) => !isAskedAt(news))).toEqual([]);
    const residentTemplates = new Set([
      ...consentMoments.matter,
      ...consentMoments.booking,
      ...consentMoments.activity,
      ...consentMoments.service,
    ]);
    expect(new Set(residentNews.map((news) => news.key))).toEqual(residentTemplates);
  });

  test('on while WeChat still allows one message, with no count; off says what to tap, and when', () => {
    const [progress] = residentNews;
    expect(residentNewsState(progress, 2)).toEqual({
      on: true,
      state: '会通过微信通知您',
      how: '下一条说事进展会发到您的微信。以后每次提出、附议或关注说事时点「允许」，就会继续通知您。',
    });
    const off = residentNewsState(progress, 0);
    expect(off.on).toBe(false);
    expect(off.state).toBe('未开启');
    expect(off.how).toBe(
      '下次提出、附议或关注说事时，微信会问您是否接收通知：点「允许」；勾选「总是保持以上选择」，以后就不用每次再点。',
    );
    for (const news of residentNews) {
      for (const allowed of [0, 1, 7]) {
        const { state, how } = residentNewsState(news, allowed);
        expect(`${state}${how}`).not.toMatch(/\d+条|。。/);
      }
    }
  });

  test('a resident never reads the staff’s 未授权 or 发送失败', () => {
    expect(Object.keys(residentDeliveryLabels).sort()).toEqual([...deliveryStates].sort());
    expect(Object.values(residentDeliveryLabels).join()).not.toMatch(/未授权|发送失败/);
  });
});
