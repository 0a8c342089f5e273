import { contract } from '@domain/contract';
import { toFieldIssues } from '@domain/validation';
import { seededBackend } from '../support/seededBackend';
import Taro from '@tarojs/taro';
import { createElement, type ComponentType } from 'react';
import { renderPage, type Backend } from './render';

export { orderView, page, volunteerView } from '../support/builders/serviceViews';

type ServiceAction = keyof typeof contract.service;
type Answer = (data: any) => unknown;

/** A refusal a stand-in action answers with, as the server would. */
export class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The committee pages' server while the `service` function's services are being written: the real
 * server for everything else (sign-in, the directory), and for `service` the answers a test gives,
 * each held to the contract's output schema so a page never relies on a shape the server will not
 * send; input the contract refuses is refused as the handler does (BAD_INPUT with the field issues). Every `service` call is recorded with its data.
 */
export async function serviceStandIn(userId: string, answers: Partial<Record<ServiceAction, Answer>>) {
  const server = await seededBackend();
  const real = server.as(userId);
  const sent: { action: string; data: any; requestId: string }[] = [];
  const backend: Backend = async (fn, event) => {
    if (fn !== 'service') return real(fn, event);
    const action = event.action as ServiceAction;
    sent.push({ action, data: event.data, requestId: event.requestId ?? '' });
    const answer = answers[action];
    if (!answer) throw new Error(`the test gave no answer for service.${action}`);
    const input = contract.service[action].input.safeParse(event.data ?? {});
    if (!input.success) {
      const issues = toFieldIssues(input.error);
      return { ok: false, code: 'BAD_INPUT', message: issues[0]?.message ?? '输入有误', issues };
    }
    try {
      const data = contract.service[action].output.parse(await answer(input.data));
      return { ok: true, data };
    } catch (caught) {
      if (caught instanceof Refusal) return { ok: false, code: caught.code as never, message: caught.message };
      throw caught;
    }
  };
  return { server, backend, sent: (action: string) => sent.filter((c) => c.action === action) };
}

/** Renders a committee page as Taro opens it at `/packages/committee/<folder>/index`, over `backend`. */
export function openCommitteePage(
  folder: string,
  Page: ComponentType,
  backend: Backend,
  params: Record<string, string> = {},
) {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: `/packages/committee/${folder}/index`, params },
    page: {},
  });
  return renderPage(createElement(Page), backend);
}
