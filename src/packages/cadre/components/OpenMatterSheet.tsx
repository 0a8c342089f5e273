import { useState } from 'react';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { categoryLabels, matterCategories, type MatterCategory } from '@domain/matters/categories';
import { charCount } from '@domain/text';
import { Field } from '../../../components/staff/Field';
import { Sheet } from '../../../components/staff/Sheet';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';

/** What the cadre tells the page after 转为说事: where the matter is, and whether it waits for review. */
export interface OpenedMatter {
  matterId: string;
  queued: boolean;
  maskedKinds: string[];
}

/** The resident's answer to 居民是否匿名, asked before the matter is raised for them. */
const anonymityChoices = [
  { id: 'named', label: '不匿名：其他居民能看到居民姓名' },
  { id: 'anonymous', label: '匿名：其他居民看不到居民姓名' },
];

/**
 * 转为说事: the visit becomes the resident's 说事 matter, raised by the cadre on their behalf (shown
 * as 民情书记…代居民提出), checked and reviewed like any raised matter, linked to this record both
 * ways. Title, category and the resident's choice of anonymity; the body is taken from the record.
 */
export function OpenMatterSheet({
  recordId,
  suggestedTitle,
  onDone,
  onClose,
}: {
  recordId: string;
  suggestedTitle: string;
  onDone: (opened: OpenedMatter) => void;
  onClose: () => void;
}) {
  const [title, setTitle] = useState(charCount(suggestedTitle) <= 40 ? suggestedTitle : '');
  const [category, setCategory] = useState<MatterCategory | null>(null);
  const [anonymity, setAnonymity] = useState<string | null>(null);
  const { busy, error, run, refuse, fieldError } = useCommand();

  async function send() {
    if (charCount(title.trim()) < 4) return refuse('标题至少4个字', 'title');
    if (!category) return refuse('请选择事项类别', 'category');
    if (!anonymity) return refuse('请问一下居民是否匿名', 'anonymous');
    const input = { recordId, title: title.trim(), category, anonymous: anonymity === 'anonymous' };
    const sent = await run(input, (requestId) => call('visit', 'openMatter', input, { requestId }));
    if (sent.ok) {
      const { matterId, moderation, maskedKinds } = sent.value;
      onDone({ matterId, queued: moderation === 'queued', maskedKinds });
    }
  }

  return (
    <Sheet
      id="open-matter-sheet"
      title="转为说事"
      submitId="matter-submit"
      submitText="转为说事"
      busy={busy}
      error={error}
      fieldPaths={['title', 'category', 'anonymous']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <Field label="标题" hint="4到40个字，说事内容取自这篇民情日记" error={fieldError('title')}>
        <TextBox id="matter-title" value={title} placeholder="如：3号楼前乱停车" maxLength={40} onChange={setTitle} />
      </Field>
      <Field label="类别" error={fieldError('category')}>
        <ChoiceList
          idPrefix="matter-category"
          choices={matterCategories.map((c) => ({ id: c, label: categoryLabels[c] }))}
          selected={category}
          onSelect={(id) => setCategory(id as MatterCategory)}
        />
      </Field>
      <Field
        label="居民是否匿名"
        hint="请当面问居民。说事会显示为“民情书记代居民提出”，居委会始终能看到是谁"
        error={fieldError('anonymous')}
      >
        <ChoiceList
          idPrefix="matter-anonymity"
          choices={anonymityChoices}
          selected={anonymity}
          onSelect={setAnonymity}
        />
      </Field>
    </Sheet>
  );
}
