import { contract } from '@domain/contract';
import { toFieldIssues } from '@domain/validation';
import type { OrderView, VolunteerView } from '@domain/service/views';
import { seededBackend } from '../support/seededBackend';
import Taro from '@tarojs/taro';
import { createElement, type ComponentType } from 'react';
import { renderPage, type Backend } from './render';

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

const HOUR = 3_600_000;
const placedAt = Date.UTC(2026, 10, 27, 1, 0);

/** An order as the committee reads it; `overrides` set the fields a test is about. */
export function orderView(overrides: Partial<OrderView> = {}): OrderView {
  return {
    id: 'o-1',
    itemId: 'i-papers',
    itemName: '代办证件',
    category: 'errand',
    state: 'placed',
    details: '帮忙办理老年证，腿脚不便去不了服务大厅',
    wantedDate: '2026-11-30',
    wantedPeriod: 'morning',
    address: '东门小区3号楼2单元401',
    contactPhone: '13800001234',
    resident: { id: 'u-resident-zhang', name: '张桂兰' },
    onBehalfLine: '',
    claimant: null,
    placedAt,
    respondBy: placedAt + 24 * HOUR,
    overdue: false,
    claimedAt: null,
    startedAt: null,
    doneAt: null,
    closedAt: null,
    rating: null,
    thanks: '',
    reason: '',
    standardMinutes: 120,
    actions: [],
    ...overrides,
  };
}

/** A volunteer's report as the committee reads it. */
export function volunteerView(overrides: Partial<VolunteerView> = {}): VolunteerView {
  const userId = overrides.userId ?? 'u-resident-li';
  return {
    // As the service makes it: community and user joined with a colon.
    id: `c-dongmen:${userId}`,
    userId,
    name: '李明',
    state: 'approved',
    partyMember: true,
    workUnit: '市供电公司',
    skills: '会修电器',
    categories: ['repair', 'errand'],
    availability: '周末全天',
    gridId: null,
    teamId: null,
    teamName: '',
    stationId: null,
    returnReason: '',
    reportedAt: placedAt,
    totalMinutes: 0,
    stars: 0,
    ...overrides,
  };
}

export const page = <T>(items: T[], nextCursor: string | null = null) => ({ items, nextCursor });

/** Renders a committee page as Taro opens it at `/packages/committee/<folder>/index`, over `backend`. */
export function openCommitteePage(folder: string, Page: ComponentType, backend: Backend) {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: `/packages/committee/${folder}/index`, params: {} },
    page: {},
  });
  return renderPage(createElement(Page), backend);
}
