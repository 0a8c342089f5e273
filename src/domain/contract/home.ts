import { z } from 'zod';
import { query } from './define';

/** The `home` function: one entry per action (input, output, roles, kind). */
export const homeContract = {
  committeeWorkbench: query(() => ({
    summary: '居委会工作台：待审核、被举报、逾期未办、今日协商',
    roles: ['committee'],
    input: z.strictObject({}),
    output: z.object({}),
  })),
  cadreWorkbench: query(() => ({
    summary: '民情书记工作台：今日接访、待跟进、下一个接访日',
    roles: ['cadre'],
    input: z.strictObject({}),
    output: z.object({}),
  })),
  adminWorkbench: query(() => ({
    summary: '管理员首页：用户人数',
    roles: ['admin'],
    input: z.strictObject({}),
    output: z.object({}),
  })),
  residentOverview: query(() => ({
    summary: '居民首页：我的下一次预约、我的说事进展、近期接访日',
    roles: ['resident'],
    input: z.strictObject({}),
    output: z.object({}),
  })),
};
