import { useState } from 'react';
import { slaClasses, type SlaClass } from '@domain/casework/sla';
import { categoryLabels, type MatterCategory } from '@domain/matters/categories';
import { call } from '../../../api/client';
import { ChoiceList } from '../../../components/ChoiceList';
import { Field } from '../../../components/staff/Field';
import { Sheet } from '../../../components/staff/Sheet';
import { useCommand } from '../../../hooks/useCommand';
import { slaText } from '../components/caseText';

/** The time limit of one category: the clock each case of it starts with at dispatch. */
export function SlaSheet({
  category,
  current,
  toast,
  onSaved,
  onClose,
}: {
  category: MatterCategory;
  current: SlaClass;
  toast: string;
  onSaved: () => void;
  onClose: () => void;
}) {
  const saving = useCommand({ toast });
  const [slaClass, setSlaClass] = useState<SlaClass>(current);
  async function send() {
    const input = { category, slaClass };
    const sent = await saving.run(input, (requestId) => call('casework', 'setSlaClass', input, { requestId }), {
      done: '办理时限已修改',
    });
    if (sent.ok) onSaved();
  }
  return (
    <Sheet
      id="sla-sheet"
      title={`「${categoryLabels[category]}」的办理时限`}
      submitId="sla-submit"
      submitText="保存"
      busy={saving.busy}
      error={saving.error}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <Field label="办理时限" hint="从派遣起按自然小时计算，夜间和周末也计时">
        <ChoiceList
          idPrefix="sla-class"
          choices={slaClasses.map((c) => ({ id: c, label: slaText(c) }))}
          selected={slaClass}
          onSelect={(id) => setSlaClass(id as SlaClass)}
        />
      </Field>
    </Sheet>
  );
}
