import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import type { CaseDetail } from '@domain/casework/views';
import { FeedbackSheet, LongTermSheet } from './HolderSheets';
import { DecideExtensionSheet, RerouteSheet } from './StreetSheets';
import { ExtensionSheet, ReasonSheet, VerifySheet } from './TextSheets';
import { caseSteps, type CaseStep, type CaseSteps } from './useCaseSteps';

/** The steps shown as big buttons when offered; the others are a row of plain buttons. */
const mainSteps: CaseStep[] = ['accept', 'feedback', 'pass', 'reroute', 'decideExtension'];
const otherSteps: CaseStep[] = ['return', 'requestExtension', 'markLongTerm', 'sendBack', 'withdraw'];
type SheetStep = Exclude<CaseStep, 'accept'>;

/**
 * Only the steps the server offers this reader now (the case's `actions`). 受理 is one tap after a
 * confirmation; every other step opens its form in a sheet, which closes once the step went through.
 */
export function CaseActions({ detail, steps }: { detail: CaseDetail; steps: CaseSteps }) {
  const [open, setOpen] = useState<SheetStep | null>(null);
  const offered = (list: CaseStep[]) => list.filter((step) => detail.actions.includes(step));
  const main = offered(mainSteps);
  const other = offered(otherSteps);
  if (main.length + other.length === 0) return null;

  function start(step: CaseStep) {
    if (step === 'accept') return void steps.accept();
    steps.filling.clearError();
    setOpen(step);
  }
  const done = (ok: boolean) => ok && setOpen(null);
  const base = { command: steps.filling, onClose: () => setOpen(null) };

  return (
    <View id="case-actions" className="cs-actions">
      {main.map((step) => (
        <Button
          key={step}
          id={`case-${step}`}
          className="cs-actions__main"
          type="primary"
          size="large"
          block
          loading={steps.tapping.running === step}
          onClick={() => start(step)}
        >
          {caseSteps[step].text}
        </Button>
      ))}
      {other.length ? (
        <View className="cs-actions__row">
          {other.map((step) => (
            <Button
              key={step}
              id={`case-${step}`}
              className="cs-actions__other"
              type="default"
              onClick={() => start(step)}
            >
              {caseSteps[step].text}
            </Button>
          ))}
        </View>
      ) : null}
      {open === 'return' || open === 'withdraw' ? (
        <ReasonSheet
          key={open}
          step={open}
          {...base}
          onSubmit={(reason) => void (open === 'return' ? steps.returnCase(reason) : steps.withdraw(reason)).then(done)}
        />
      ) : null}
      {open === 'reroute' ? (
        <RerouteSheet
          current={detail.summary.holder}
          {...base}
          onSubmit={(holder, reason) => void steps.reroute({ kind: holder.kind, id: holder.id }, reason).then(done)}
        />
      ) : null}
      {open === 'requestExtension' ? (
        <ExtensionSheet
          slaClass={detail.summary.slaClass}
          {...base}
          onSubmit={(hours, reason) => void steps.requestExtension(hours, reason).then(done)}
        />
      ) : null}
      {open === 'decideExtension' && detail.extension ? (
        <DecideExtensionSheet
          hours={detail.extension.hours}
          reason={detail.extension.reason}
          {...base}
          onSubmit={(approve) => void steps.decideExtension(approve).then(done)}
        />
      ) : null}
      {open === 'markLongTerm' ? (
        <LongTermSheet {...base} onSubmit={(plan, date) => void steps.markLongTerm(plan, date).then(done)} />
      ) : null}
      {open === 'feedback' ? (
        <FeedbackSheet {...base} onSubmit={(text, photos) => void steps.feedback(text, photos).then(done)} />
      ) : null}
      {open === 'pass' || open === 'sendBack' ? (
        <VerifySheet
          key={open}
          outcome={open === 'pass' ? 'passed' : 'sentBack'}
          {...base}
          onSubmit={(note) => void steps.verify(open === 'pass' ? 'passed' : 'sentBack', note).then(done)}
        />
      ) : null}
    </View>
  );
}
