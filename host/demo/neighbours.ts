import { LOCAL_PHONE_CODE_PREFIX } from '@domain/localPhoneCode';
import type { Caller, DemoActors } from './actors';

/**
 * Neighbours besides the demo users (nobody signs in as them): they sign up like any newcomer
 * (login, a profile, a verified phone), so matters gather supports and comments from more than three people.
 */
const neighbours = [
  {
    openid: 'demo-neighbour-sun',
    name: '孙大爷',
    communityId: 'c-dongmen',
    compoundId: 'p-xingfu',
    phone: '13905370033',
  },
  {
    openid: 'demo-neighbour-zhou',
    name: '周晓燕',
    communityId: 'c-dongmen',
    compoundId: 'p-huaiyin',
    phone: '13905370022',
  },
  {
    openid: 'demo-neighbour-wu',
    name: '吴国强',
    communityId: 'c-dongmen',
    compoundId: 'p-gulou',
    phone: '13905370011',
  },
  {
    openid: 'demo-neighbour-zheng',
    name: '郑阿姨',
    communityId: 'c-ximen',
    compoundId: 'p-yunhe',
    phone: '13905370044',
  },
  {
    openid: 'demo-neighbour-feng',
    name: '冯师傅',
    communityId: 'c-ximen',
    compoundId: 'p-taibai',
    phone: '13905370055',
  },
] as const;

export type CommunityId = 'c-dongmen' | 'c-ximen';

/** The neighbours as callers, by the name the stories give them. */
export const neighbour = {
  sun: { openid: 'demo-neighbour-sun' },
  zhou: { openid: 'demo-neighbour-zhou' },
  wu: { openid: 'demo-neighbour-wu' },
  zheng: { openid: 'demo-neighbour-zheng' },
  feng: { openid: 'demo-neighbour-feng' },
} satisfies Record<string, Caller>;

/** Everyone in a community who can support or comment: demo residents first, then neighbours. */
export type Residents = Record<CommunityId, Caller[]>;

export async function signUpNeighbours(actors: DemoActors): Promise<Residents> {
  for (const { openid, name, communityId, compoundId, phone } of neighbours) {
    await actors.act({ openid }, 'account', 'login');
    await actors.act({ openid }, 'account', 'updateProfile', { name, communityId, compoundId });
    // The dev host's stand-in for WeChat's phone check: posting needs a verified number.
    await actors.act({ openid }, 'account', 'verifyPhone', { code: `${LOCAL_PHONE_CODE_PREFIX}${phone}` });
  }
  const of = (communityId: CommunityId) =>
    neighbours.filter((n) => n.communityId === communityId).map(({ openid }): Caller => ({ openid }));
  return {
    'c-dongmen': ['u-resident-zhang', 'u-resident-li', ...of('c-dongmen')],
    'c-ximen': ['u-resident-wang', ...of('c-ximen')],
  };
}
