import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { BookingView } from '@domain/visits/views';
import { InfoRow } from '../../../components/InfoRow';
import './ContactRows.scss';

export interface Contact {
  phone: string;
  address: string;
}

/** A phone number to call: a tel: link in the browser, WeChat's dialer in the mini-program. */
function PhoneLink({ id, phone }: { id: string; phone: string }) {
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <View id={id} className="cd-contact__phone" onClick={() => void Taro.makePhoneCall({ phoneNumber: phone })}>
        {phone}（拨打）
      </View>
    );
  }
  return (
    <a id={id} className="cd-contact__phone" href={`tel:${phone}`}>
      {phone}（拨打）
    </a>
  );
}

/**
 * Phone and address of a booking: masked (138****1234) until the cadre asks to see them. The
 * request is recorded on the server, and the page says so before and after.
 */
export function ContactRows({
  booking,
  revealed,
  busy,
  onReveal,
}: {
  booking: BookingView;
  revealed: Contact | undefined;
  busy: boolean;
  onReveal: () => void;
}) {
  if (!booking.phone && !booking.address) {
    return <View className="mq-muted">未留联系方式</View>;
  }
  const contact = revealed ?? { phone: booking.phone, address: booking.address };
  return (
    <View className="cd-contact" id={`contact-${booking.id}`} data-masked={revealed ? 'no' : 'yes'}>
      {contact.phone ? (
        <InfoRow label="电话" id={`phone-${booking.id}`}>
          {revealed ? <PhoneLink id={`call-${booking.id}`} phone={contact.phone} /> : contact.phone}
        </InfoRow>
      ) : null}
      {contact.address ? (
        <InfoRow label="地址" id={`address-${booking.id}`}>
          {contact.address}
        </InfoRow>
      ) : null}
      {revealed ? (
        <View className="mq-muted cd-contact__note">您查看了联系方式，已记录在案</View>
      ) : (
        <View>
          <Button
            id={`reveal-${booking.id}`}
            className="cd-contact__reveal"
            type="primary"
            fill="outline"
            loading={busy}
            onClick={onReveal}
          >
            {booking.address ? '查看电话和地址' : '查看电话'}
          </Button>
          <View className="mq-muted cd-contact__note">为保护居民隐私，默认隐藏；每次查看都会记录在案</View>
        </View>
      )}
    </View>
  );
}
