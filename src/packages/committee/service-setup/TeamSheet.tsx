import { useState } from 'react';
import { call } from '../../../api/client';
import { Field } from '../../../components/staff/Field';
import { Sheet } from '../../../components/staff/Sheet';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';

/** 新增 / 改名 a volunteer team: menu items and volunteers are placed in it by name. */
export function TeamSheet({
  communityId,
  team,
  onDone,
  onClose,
}: {
  communityId: string;
  team: { id: string; name: string } | null;
  onDone: (team: { id: string; name: string }) => void;
  onClose: () => void;
}) {
  const [name, setName] = useState(team?.name ?? '');
  const { busy, error, run, fieldError } = useCommand();

  async function send() {
    const input = { communityId, ...(team ? { id: team.id } : {}), name: name.trim() };
    const sent = await run(input, (requestId) => call('service', 'saveTeam', input, { requestId }));
    if (sent.ok) onDone(sent.value.team);
  }

  return (
    <Sheet
      id="team-sheet"
      title={team ? '服务队改名' : '新增志愿服务队'}
      submitId="team-save"
      submitText="保存"
      busy={busy}
      error={error}
      fieldPaths={['name']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <Field label="队名" error={fieldError('name')}>
        <TextBox id="team-name" value={name} placeholder="如：红帆助老服务队" maxLength={20} onChange={setName} />
      </Field>
    </Sheet>
  );
}
