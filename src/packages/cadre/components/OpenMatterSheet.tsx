import { useState } from 'react';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { categoryLabels, matterCategories, type MatterCategory } from '../../../domain/matters/categories';
import { charCount } from '../../../domain/matters/text';
import { Field } from '../../committee/components/Field';
import { Sheet } from '../../committee/components/Sheet';
import { TextBox } from '../../committee/components/TextBox';
import { useSubmission } from '../../committee/components/useSubmission';

/**
 * 转为说事: the visit becomes a public 说事 matter in the resident's name (they can follow and rate
 * it), linked to this record both ways. Title and category; the body is taken from the record.
 */
export function OpenMatterSheet({
  recordId,
  suggestedTitle,
  onDone,
  onClose,
}: {
  recordId: string;
  suggestedTitle: string;
  onDone: (matterId: string) => void;
  onClose: () => void;
}) {
  const [title, setTitle] = useState(charCount(suggestedTitle) <= 40 ? suggestedTitle : '');
  const [category, setCategory] = useState<MatterCategory | null>(null);
  const { busy, error, submit, refuse, fieldError } = useSubmission();

  async function send() {
    if (charCount(title.trim()) < 4) return refuse('标题至少4个字', 'title');
    if (!category) return refuse('请选择事项类别', 'category');
    const input = { recordId, title: title.trim(), category };
    const sent = await submit(input, (requestId) => call('visit', 'openMatter', input, { requestId }));
    if (sent.ok) onDone(sent.value.matterId);
  }

  return (
    <Sheet
      id="open-matter-sheet"
      title="转为说事"
      submitId="matter-submit"
      submitText="转为说事"
      busy={busy}
      error={error}
      fieldPaths={['title', 'category']}
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
    </Sheet>
  );
}
