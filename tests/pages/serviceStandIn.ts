import type { contract } from '@domain/contract';
import { seededBackend } from '../support/seededBackend';
import Taro from '@tarojs/taro';
import { createElement, type ComponentType } from 'react';
import { contractStandIn } from './contractStandIn';
import { renderPage, type Backend } from './render';

export { Refusal } from './contractStandIn';

export { orderView, page, volunteerView } from '../support/builders/serviceViews';

type ServiceAction = keyof typeof contract.service;
type Answer = (data: any) => unknown;

/**
 * The committee pages' server: the real server for everything else (sign-in, the directory), and
 * for `service` the answers a test gives (contractStandIn.ts: held to the contract both ways).
 */
export async function serviceStandIn(userId: string, answers: Partial<Record<ServiceAction, Answer>>) {
  const server = await seededBackend();
  const standIn = contractStandIn('service', server.as(userId), (action) => answers[action as ServiceAction]);
  return { server, backend: standIn.backend, sent: standIn.sent };
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
