import { View } from '@tarojs/components';
import { useState } from 'react';
import { gridsOf } from '@domain/places';
import type { VolunteerView } from '@domain/service/views';
import { call } from '../../../api/client';
import { ChoiceList, type Choice } from '../../../components/ChoiceList';
import { ErrorView, LoadingView } from '../../../components/StateView';
import { Field } from '../../../components/staff/Field';
import { Sheet } from '../../../components/staff/Sheet';
import { useAsync } from '../../../hooks/useAsync';
import { useCommand } from '../../../hooks/useCommand';
import { useSession } from '../../../state/session';

/** The choice that places the volunteer nowhere in particular: the community as a whole. */
const NONE = 'none';
const withNone = (choices: Choice[]): Choice[] => [{ id: NONE, label: '暂不编入' }, ...choices];
const chosenId = (id: string) => (id === NONE ? null : id);

/** 通过: the report is approved, and the volunteer may be placed in a grid, a team and a 红帆驿站. */
export function ApproveSheet({
  volunteer,
  communityId,
  onDone,
  onClose,
}: {
  volunteer: VolunteerView;
  communityId: string;
  onDone: (volunteer: VolunteerView) => void;
  onClose: () => void;
}) {
  const { directory } = useSession();
  const setup = useAsync(() => call('service', 'serviceSetup', { communityId }), [communityId]);
  const [gridId, setGridId] = useState(NONE);
  const [teamId, setTeamId] = useState(NONE);
  const [stationId, setStationId] = useState(NONE);
  const { busy, error, run, fieldError } = useCommand();

  async function send() {
    const input = {
      volunteerId: volunteer.id,
      decision: 'approve' as const,
      gridId: chosenId(gridId),
      teamId: chosenId(teamId),
      stationId: chosenId(stationId),
    };
    const sent = await run(input, (requestId) => call('service', 'reviewVolunteer', input, { requestId }));
    if (sent.ok) onDone(sent.value.volunteer);
  }

  const grids = directory ? gridsOf(directory, communityId) : [];
  return (
    <Sheet
      id="approve-sheet"
      title={`通过${volunteer.name}的报到`}
      submitId="approve-submit"
      submitText="确定通过"
      busy={busy}
      error={error}
      fieldPaths={['gridId', 'teamId', 'stationId']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <View className="mq-muted">通过后志愿者可以接单、报名活动，会收到通知。编入哪里以后还能改。</View>
      <Field label="编入网格" error={fieldError('gridId')}>
        <ChoiceList
          idPrefix="approve-grid"
          choices={withNone(grids.map((g) => ({ id: g.id, label: g.name })))}
          selected={gridId}
          onSelect={setGridId}
        />
      </Field>
      {setup.status === 'error' && !setup.data ? (
        <ErrorView message={setup.error.message} onRetry={() => void setup.reload()} />
      ) : !setup.data ? (
        <LoadingView />
      ) : (
        <>
          <Field label="编入志愿服务队" error={fieldError('teamId')}>
            <ChoiceList
              idPrefix="approve-team"
              choices={withNone(setup.data.teams.map((t) => ({ id: t.id, label: t.name })))}
              selected={teamId}
              onSelect={setTeamId}
            />
          </Field>
          <Field label="编入红帆驿站" error={fieldError('stationId')}>
            <ChoiceList
              idPrefix="approve-station"
              choices={withNone(setup.data.stations.map((s) => ({ id: s.id, label: s.name })))}
              selected={stationId}
              onSelect={setStationId}
            />
          </Field>
        </>
      )}
    </Sheet>
  );
}
