import { useState } from 'react';
import { feedbackTextSchema, longTermPlanSchema } from '@domain/casework/inputs';
import type { ShanghaiDate } from '@domain/time';
import { PhotoPicker, type PickedPhoto } from '../../../components/matters/PhotoPicker';
import { DateField } from '../../../components/staff/DateField';
import { addDays, shanghaiToday } from '../../../components/staff/dates';
import { Field } from '../../../components/staff/Field';
import { Sheet } from '../../../components/staff/Sheet';
import { TextBox } from '../../../components/staff/TextBox';
import type { Command } from '../../../hooks/useCommand';
import { caseSheetIds } from './caseSheet';
import { checked } from './checked';

interface SheetBase {
  command: Command;
  onClose: () => void;
}

/** The photos' file ids once all are up; a complaint when one is still going or failed. */
export function uploadedIds(command: Command, photos: PickedPhoto[]): string[] | undefined {
  if (photos.some((p) => p.status === 'uploading')) {
    command.refuse('照片还在上传，请稍等', 'photos');
    return undefined;
  }
  if (photos.some((p) => p.status === 'failed')) {
    command.refuse('有照片没有传上去，请点它重试或删除', 'photos');
    return undefined;
  }
  return photos.flatMap((p) => (p.fileId ? [p.fileId] : []));
}

/** 挂账: what cannot be solved now, the plan and the date it will be looked at again (within a year). */
export function LongTermSheet({
  command,
  onClose,
  onSubmit,
}: SheetBase & { onSubmit: (plan: string, reviewDate: ShanghaiDate) => void }) {
  const today = shanghaiToday();
  const [plan, setPlan] = useState('');
  const [reviewDate, setReviewDate] = useState(addDays(today, 30));
  function send() {
    if (command.busy) return;
    const value = checked(command, longTermPlanSchema, plan, 'plan');
    if (value !== undefined) onSubmit(value, reviewDate);
  }
  return (
    <Sheet
      {...caseSheetIds}
      title="挂账"
      submitText="确认挂账"
      busy={command.busy}
      error={command.error}
      fieldPaths={['plan', 'reviewDate']}
      onSubmit={send}
      onClose={onClose}
    >
      <Field
        label="处理计划（必填）"
        hint="一时解决不了的，写明打算怎么办、什么时候办"
        error={command.fieldError('plan')}
      >
        <TextBox id="case-plan" multiline value={plan} placeholder="至少4个字" maxLength={500} onChange={setPlan} />
      </Field>
      <Field label="复查日期" error={command.fieldError('reviewDate')}>
        <DateField
          id="case-review-date"
          value={reviewDate}
          min={addDays(today, 1)}
          max={addDays(today, 365)}
          title="选择复查日期"
          onChange={setReviewDate}
        />
      </Field>
    </Sheet>
  );
}

/** 处理反馈: what was done, with photos of the site (up to 6). */
export function FeedbackSheet({
  command,
  onClose,
  onSubmit,
}: SheetBase & { onSubmit: (text: string, photos: string[]) => void }) {
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  function send() {
    if (command.busy) return;
    const value = checked(command, feedbackTextSchema, text, 'text');
    if (value === undefined) return;
    const ids = uploadedIds(command, photos);
    if (ids) onSubmit(value, ids);
  }
  return (
    <Sheet
      {...caseSheetIds}
      title="处理反馈"
      submitText="提交反馈"
      busy={command.busy}
      error={command.error}
      fieldPaths={['text', 'photos']}
      onSubmit={send}
      onClose={onClose}
    >
      <Field label="做了什么（必填）" hint="居民会在说事进展里看到" error={command.fieldError('text')}>
        <TextBox
          id="case-feedback-text"
          multiline
          value={text}
          placeholder="至少4个字"
          maxLength={1000}
          onChange={setText}
        />
      </Field>
      <Field label="现场照片（最多6张）">
        <PhotoPicker
          photos={photos}
          setPhotos={setPhotos}
          hint="街道、社区和核查人会看到"
          error={command.fieldError('photos')}
        />
      </Field>
    </Sheet>
  );
}
