import { Button, Switch } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { PhotoPicker, type PickedPhoto } from '../../../components/matters/PhotoPicker';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { formatShanghaiDay, shanghaiDateOf } from '@domain/time';
import type { SelfView } from '@domain/users';
import { followUpInputSchema, visitRecordInputSchema } from '@domain/visits/text';
import {
  bookingStateLabels,
  bookingStateTones,
  visitModeLabels,
  type BookingView,
  type VisitRecordView,
} from '@domain/visits/views';
import { useAsync } from '../../../hooks/useAsync';
import { CardTitle } from '../../../components/CardTitle';
import { addDays, shanghaiToday } from '../../../components/staff/dates';
import { DateField } from '../../../components/staff/DateField';
import { Field } from '../../../components/staff/Field';
import { InfoRow } from '../../../components/InfoRow';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';
import '../../../components/staff/Sheet.scss';
import { RoleOnly } from '../../../components/RoleOnly';
import '../components/cadre.scss';
import { OpenMatterSheet, type OpenedMatter } from '../components/OpenMatterSheet';
import { maskedKindLabels, type MaskedKind } from '@domain/matters/textMasking';
import { Tag } from '../../../components/Tag';
import './index.scss';
import { routes } from '@domain/routes';
import { openPage } from '../../../navigation';
import { usePageParams } from '../../../hooks/usePageParams';

export default function RecordPage() {
  const read = usePageParams(routes.visitRecord);
  return (
    <RoleOnly roles={['cadre']} className="cadre-screen">
      {(user) =>
        read.ok ? (
          <RecordLoader user={user} bookingId={read.params.bookingId} date={read.params.date} />
        ) : (
          <StateView kind="error" title="没有指定预约" detail="请从接访单进入" />
        )
      }
    </RoleOnly>
  );
}

/** The booking is read from its day's sheet; without a date, today's and the coming days' sheets are searched. */
async function findBooking(user: SelfView, bookingId: string, date: string | undefined): Promise<BookingView | null> {
  let dates = date ? [date] : [];
  if (!date) {
    const days = await Promise.all(user.communityIds.map((communityId) => call('visit', 'days', { communityId })));
    dates = [...new Set([shanghaiDateOf(Date.now()), ...days.flatMap((d) => d.days.map((day) => day.date))])];
  }
  for (const day of dates) {
    const sheet = await call('visit', 'daySheet', { date: day });
    const found = sheet.slots.flatMap((s) => s.bookings).find((b) => b.id === bookingId);
    if (found) return found;
  }
  return null;
}

function RecordLoader({ user, bookingId, date }: { user: SelfView; bookingId: string; date?: string }) {
  const booking = useAsync(() => findBooking(user, bookingId, date), [bookingId, date]);
  if (booking.status === 'error' && !booking.data) {
    return <ErrorView message={booking.error.message} onRetry={() => void booking.reload()} />;
  }
  if (booking.status === 'loading' && !booking.data) return <LoadingView />;
  if (!booking.data)
    return <StateView kind="error" title="找不到这个预约" detail="它可能不在您的时段里，请从接访单进入" />;
  return <RecordForm booking={booking.data} />;
}

const parts = [
  {
    key: 'seen',
    label: '察民情',
    hint: '看到了什么：环境、设施、居民生活情况',
    placeholder: '如：楼道堆放杂物，声控灯不亮',
  },
  { key: 'heard', label: '听民意', hint: '居民说了什么、盼什么', placeholder: '如：希望尽快修好楼道灯' },
  {
    key: 'solved',
    label: '解民忧',
    hint: '当场解决了什么，或承诺了什么',
    placeholder: '如：已联系物业，承诺三天内修好',
  },
  { key: 'suggested', label: '汇民智', hint: '居民提的建议', placeholder: '如：建议楼道加装太阳能灯' },
] as const;
type PartKey = (typeof parts)[number]['key'];

function photosOf(record: VisitRecordView | null): PickedPhoto[] {
  return (record?.photos ?? []).map((p, i) => ({
    key: `saved-${i}`,
    localPath: p.url,
    status: 'done',
    fileId: p.fileId,
  }));
}

/** 民情日记: the four parts (at least one), photos, and a follow-up with a due date. */
function RecordForm({ booking }: { booking: BookingView }) {
  const today = shanghaiToday();
  // A follow-up runs from the visit, not from the day the record is written ahead of it.
  const from = booking.date > today ? booking.date : today;
  const existing = booking.record;
  const [texts, setTexts] = useState<Record<PartKey, string>>({
    seen: existing?.seen ?? '',
    heard: existing?.heard ?? '',
    solved: existing?.solved ?? '',
    suggested: existing?.suggested ?? '',
  });
  const [photos, setPhotos] = useState<PickedPhoto[]>(() => photosOf(existing));
  const [followUp, setFollowUp] = useState(existing?.followUp?.state === 'open');
  const [dueDate, setDueDate] = useState(existing?.followUp?.dueDate ?? addDays(from, 7));
  const [note, setNote] = useState(existing?.followUp?.note ?? '');
  const [saved, setSaved] = useState<VisitRecordView | null>(existing);
  const [opened, setOpened] = useState<OpenedMatter | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  const [matterSheet, setMatterSheet] = useState(false);
  const { busy, error, run, refuse, fieldError } = useCommand();

  async function save() {
    setJustSaved(false);
    const parsed = visitRecordInputSchema.safeParse(texts);
    if (!parsed.success) return refuse('察民情、听民意、解民忧、汇民智至少填写一项', 'texts');
    if (photos.some((p) => p.status === 'uploading')) return refuse('照片还在上传，请稍候再保存', 'photos');
    if (photos.some((p) => p.status === 'failed')) return refuse('有照片上传失败，请点照片重试或删除', 'photos');
    if (followUp) {
      const checked = followUpInputSchema.safeParse({ dueDate, note });
      if (!checked.success) return refuse(checked.error.issues[0].message, String(checked.error.issues[0].path[0]));
    }
    const input = {
      bookingId: booking.id,
      ...parsed.data,
      photos: photos.map((p) => p.fileId!),
      followUp: followUp ? { dueDate, note: note.trim() } : null,
    };
    const sent = await run(input, (requestId) => call('visit', 'recordVisit', input, { requestId }));
    if (sent.ok) {
      setSaved(sent.value.record);
      setJustSaved(true);
    }
  }

  const textError = fieldError('texts') ?? fieldError('seen');
  return (
    <View id="record-page">
      <View className="mq-card" id="record-booking">
        <View className="cd-record__who">
          <View className="mq-title">{booking.residentName}</View>
          <Tag tone={bookingStateTones[booking.state]} state={booking.state}>
            {bookingStateLabels[booking.state]}
          </Tag>
        </View>
        <InfoRow label="时间">
          {formatShanghaiDay(booking.date)} {booking.start}-{booking.end} {visitModeLabels[booking.mode]}
        </InfoRow>
        <InfoRow label="想说的事">{booking.topic}</InfoRow>
      </View>

      <View className="mq-card" id="record-form">
        <CardTitle>民情日记</CardTitle>
        <View className="mq-muted">四项至少填写一项；居民能在「我的约见」里看到这篇日记。</View>
        {parts.map((part) => (
          <Field key={part.key} label={part.label} hint={part.hint}>
            <TextBox
              id={`record-${part.key}`}
              multiline
              value={texts[part.key]}
              placeholder={part.placeholder}
              maxLength={1000}
              onChange={(value) => setTexts((all) => ({ ...all, [part.key]: value }))}
            />
          </Field>
        ))}
        {textError ? (
          <View className="cm-field__error" id="record-texts-error" role="alert">
            {textError}
          </View>
        ) : null}
        <Field label="照片（可不加）" error={fieldError('photos')}>
          <PhotoPicker photos={photos} setPhotos={setPhotos} />
        </Field>
        <Field label="需要跟进">
          <View className="cm-switch-row" id="followup-switch" onClick={() => setFollowUp(!followUp)}>
            <View className="cm-switch-row__label">
              {followUp ? '需要跟进，到期前会列在「待跟进事项」里' : '不需要跟进'}
            </View>
            <Switch checked={followUp} />
          </View>
        </Field>
        {followUp ? (
          <View id="followup-fields">
            <Field label="跟进期限" error={fieldError('dueDate')}>
              <DateField id="followup-due" value={dueDate} min={today} max={addDays(from, 90)} onChange={setDueDate} />
            </Field>
            <Field label="要跟进的事" hint="居民会看到这段话" error={fieldError('note')}>
              <TextBox
                id="followup-note"
                multiline
                rows={2}
                value={note}
                placeholder="如：三天内督促物业修好楼道灯，再回访"
                maxLength={200}
                onChange={setNote}
              />
            </Field>
            {existing?.followUp?.state === 'closed' ? (
              <View className="cd-notice">上次的跟进已完成；再次保存会重新打开跟进。</View>
            ) : null}
          </View>
        ) : null}
        {error && !['texts', 'seen', 'photos', 'dueDate', 'note'].some((p) => error.fieldMessage(p)) ? (
          <View className="cm-sheet__error" id="record-error" role="alert">
            {error.message}
          </View>
        ) : null}
        {justSaved ? (
          <View className="cd-result cd-result--inline" id="record-saved">
            民情日记已保存{saved?.followUp?.state === 'open' ? '，已通知居民跟进事项' : ''}
          </View>
        ) : null}
        <Button
          id="record-save"
          className="cm-sheet__submit"
          type="primary"
          size="large"
          block
          loading={busy}
          onClick={() => void save()}
        >
          {saved ? '保存修改' : '保存民情日记'}
        </Button>
      </View>

      {saved ? (
        <View className="mq-card" id="matter-card">
          <CardTitle>转为说事</CardTitle>
          {saved.matterId ? (
            <View>
              {opened ? (
                <View className="mq-muted" id="matter-opened">
                  {openedNote(opened)}
                </View>
              ) : null}
              <View
                className="mq-tap cd-link"
                id="matter-link"
                onClick={() => void openPage(routes.matter, { id: saved.matterId! })}
              >
                已转为说事，点此查看 ›
              </View>
            </View>
          ) : (
            <View>
              <View className="mq-muted">
                需要居委会协商或上报的事，可以代居民转为说事：显示为“民情书记代居民提出”，居民会收到通知，可以关注和评价；和居民自己提出的一样审核。
              </View>
              <Button
                id="open-matter"
                className="cd-record__matter"
                type="primary"
                fill="outline"
                onClick={() => setMatterSheet(true)}
              >
                转为说事
              </Button>
            </View>
          )}
        </View>
      ) : null}
      {matterSheet && saved ? (
        <OpenMatterSheet
          recordId={saved.id}
          suggestedTitle={booking.topic}
          onDone={(result) => {
            setMatterSheet(false);
            setOpened(result);
            setSaved({ ...saved, matterId: result.matterId });
          }}
          onClose={() => setMatterSheet(false)}
        />
      ) : null}
    </View>
  );
}

/** After 转为说事: whether it is public yet, what was hidden, and that the resident was told. */
function openedNote(opened: OpenedMatter): string {
  const labels = opened.maskedKinds.map((kind) => maskedKindLabels[kind as MaskedKind] ?? kind);
  const masked = labels.length > 0 ? `其中的${labels.join('、')}已自动隐藏；` : '';
  const when = opened.queued ? '社区审核通过后公开' : '已公开';
  return `${masked}${when}，已通知居民。`;
}
