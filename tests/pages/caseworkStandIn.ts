import Taro from '@tarojs/taro';
import { createElement, type ComponentType } from 'react';
import { handoffText } from '@domain/casework/handoffText';
import { caseDetail, CHENGGUAN, GRID, HOUR, PROPERTY, STREET } from '../support/builders/caseViews';
import { caseTransitions, nextCaseState, type CaseActor } from '@domain/casework/transitions';
import type { CaseDetail } from '@domain/casework/views';
import type { contract } from '@domain/contract';
import { AppError } from '@domain/errors';
import { seededBackend } from '../support/seededBackend';
import { contractStandIn } from './contractStandIn';
import { renderPage, type Backend } from './render';

export { caseDetail, CHENGGUAN, GRID, PROPERTY, STREET };

type CaseworkAction = keyof typeof contract.casework;
type Answer = (data: any) => unknown;

/**
 * The casework pages' server while the `casework` function is being written (branches cw-loop,
 * cw-routing): the real server for everything else (sign-in, the directory), and for `casework`
 * a stand-in that keeps the cases it is given and takes each step through the domain's state
 * table (nextCaseState): the actor of each demo user comes from the test, and the offered
 * `actions` are the state table's for that actor. Every answer is held to the contract's output
 * schema and every input to its input schema (BAD_INPUT with field issues, as the handler does).
 * Queries a test needs (inbox, supervision ...) are its own answers.
 */
export async function caseworkStandIn(
  userId: string,
  options: {
    cases?: CaseDetail[];
    actor?: CaseActor;
    answers?: Partial<Record<CaseworkAction, Answer>>;
  } = {},
) {
  const server = await seededBackend();
  const real = server.as(userId);
  const cases = new Map((options.cases ?? []).map((c) => [c.summary.id, c]));
  const actor = options.actor ?? 'holder';

  function shown(detail: CaseDetail): { case: CaseDetail } {
    const actions = (Object.keys(caseTransitions) as (keyof typeof caseTransitions)[]).filter((a) => {
      const rule = caseTransitions[a];
      return a !== 'dispatch' && rule.by.includes(actor) && rule.from.includes(detail.summary.state);
    });
    return { case: { ...detail, actions } };
  }

  function step(
    caseId: string,
    action: keyof typeof caseTransitions,
    event: Parameters<typeof handoffText>[0] | null,
    patch: Partial<CaseDetail> = {},
  ) {
    const detail = cases.get(caseId);
    if (!detail) throw new AppError('NOT_FOUND', '没有找到这件案件');
    const state = nextCaseState(detail.summary.state, action, actor);
    const events = event ? [...detail.events, { at: Date.now(), text: handoffText(event) }] : detail.events;
    const next = { ...detail, ...patch, summary: { ...detail.summary, ...patch.summary, state }, events };
    cases.set(caseId, next);
    return shown(next);
  }

  const holderName = (id: string) => cases.get(id)?.summary.holder.name ?? '';
  const steps: Partial<Record<CaseworkAction, Answer>> = {
    case: ({ caseId }) => {
      const detail = cases.get(caseId);
      if (!detail) throw new AppError('NOT_FOUND', '没有找到这件案件');
      return shown(detail);
    },
    accept: ({ caseId }) => step(caseId, 'accept', { kind: 'accepted', holderName: holderName(caseId) }),
    return: ({ caseId, reason }) =>
      step(caseId, 'return', { kind: 'returned', holderName: holderName(caseId), reason }, { returnReason: reason }),
    withdraw: ({ caseId, reason }) =>
      step(caseId, 'withdraw', { kind: 'withdrawn', reason }, { withdrawReason: reason }),
    requestExtension: ({ caseId, hours, reason }) =>
      step(caseId, 'requestExtension', null, {
        extension: { hours, reason, requestedAt: Date.now(), decision: 'pending', decidedAt: null },
        summary: { ...cases.get(caseId)!.summary, extensionPending: true },
      }),
    markLongTerm: ({ caseId, plan, reviewDate }) =>
      step(caseId, 'markLongTerm', null, { longTerm: { plan, reviewAt: Date.parse(`${reviewDate}T00:00:00+08:00`) } }),
    feedback: ({ caseId, text, photos }) =>
      step(
        caseId,
        'feedback',
        { kind: 'feedback', summary: text, photoCount: photos.length },
        {
          feedback: {
            text,
            photos: photos.map((fileId: string) => ({ fileId, url: fileId })),
            at: Date.now(),
          },
        },
      ),
    reroute: ({ caseId, holder }) => {
      const to = [GRID, PROPERTY, CHENGGUAN, STREET].find((h) => h.kind === holder.kind && h.id === holder.id)!;
      const dueAt = Date.now() + 168 * HOUR;
      return step(
        caseId,
        'reroute',
        { kind: 'rerouted', byName: STREET.name, holderName: to.name, dueAt },
        // The reason is the street's note; the stand-in keeps no history of it.
        { summary: { ...cases.get(caseId)!.summary, holder: to, dueAt, overdue: false }, returnReason: '' },
      );
    },
    verify: ({ caseId, outcome, note }) =>
      step(
        caseId,
        outcome === 'passed' ? 'pass' : 'sendBack',
        outcome === 'passed' ? { kind: 'passed' } : { kind: 'sentBack', what: note },
        {
          verification: { outcome, note, at: Date.now() },
        },
      ),
  };
  const answers = { ...steps, ...options.answers };

  const standIn = contractStandIn('casework', real, (action) => answers[action as CaseworkAction]);

  return {
    server,
    backend: standIn.backend,
    cases,
    sent: standIn.sent,
    /** The next call of `action` is refused with this message, as the server would. */
    refuseNext: (action: CaseworkAction, code: AppError['code'], message: string) =>
      standIn.refuseNext(action, code, message),
  };
}

/** A page of the cases subpackage as Taro opens it at `/packages/cases/<folder>/index`, over `backend`. */
export function openCasePage(
  folder: string,
  Page: ComponentType,
  backend: Backend,
  params: Record<string, string> = {},
) {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: `/packages/${folder}/index`, params },
    page: {},
  });
  return renderPage(createElement(Page), backend);
}
