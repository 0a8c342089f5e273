import type { VolunteerView } from '@domain/service/views';
import { call } from '../../../api/client';
import { ReasonSheet } from '../components/service/ReasonSheet';

const usualReasons = ['请补充能提供的服务和空闲时间', '不是本社区居民，请向所住社区报到', '请填写工作单位'];

/** 退回: the report goes back to the resident with what to change; they may report again. */
export function ReturnSheet({
  volunteer,
  onDone,
  onClose,
}: {
  volunteer: VolunteerView;
  onDone: (volunteer: VolunteerView) => void;
  onClose: () => void;
}) {
  return (
    <ReasonSheet
      id="return-report"
      title={`退回${volunteer.name}的报到`}
      submitText="确定退回"
      label="退回原因"
      hint="居民会看到这段话，改好后可以重新报到"
      usual={usualReasons}
      send={(reason, requestId) =>
        call('service', 'reviewVolunteer', { volunteerId: volunteer.id, decision: 'return', reason }, { requestId })
      }
      onDone={(answer) => onDone(answer.volunteer)}
      onClose={onClose}
    />
  );
}
