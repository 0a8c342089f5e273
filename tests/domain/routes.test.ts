import { readRouteParams, routes, routeUrl } from '@domain/routes';

describe('the route table: links and the one param reader', () => {
  it('builds each link with its values encoded and leaves out what is not set', () => {
    expect(routeUrl(routes.matter, { id: 'm 1' })).toBe('/packages/resident/matter/index?id=m%201');
    expect(routeUrl(routes.matter, { id: 'm1', raised: true, queued: false, masked: ['phone', 'plate'] })).toBe(
      '/packages/resident/matter/index?id=m1&raised=1&masked=phone,plate',
    );
    expect(routeUrl(routes.visitDay, { date: '2026-12-05', communityId: undefined })).toBe(
      '/packages/resident/visit-day/index?date=2026-12-05',
    );
    expect(routeUrl(routes.myVisits)).toBe('/packages/resident/my-visits/index');
    expect(routeUrl(routes.mine)).toBe('/pages/mine/index');
  });

  it('reads back what a link wrote', () => {
    const url = routeUrl(routes.matter, { id: '说事/1?&', raised: true, masked: ['a,b', '手机'] });
    const query = Object.fromEntries(
      url
        .split('?')[1]
        .split('&')
        .map((pair) => pair.split('=') as [string, string]),
    );
    const read = readRouteParams(routes.matter, query);
    expect(read).toEqual({
      ok: true,
      params: { id: '说事/1?&', raised: true, queued: false, masked: ['a,b', '手机'] },
      ignored: [],
    });
  });

  it('says a link is broken when a needed param is missing, empty, cut off (%E4%) or not of its kind', () => {
    expect(readRouteParams(routes.matter, {})).toEqual({ ok: false, param: 'id' });
    expect(readRouteParams(routes.matter, undefined)).toEqual({ ok: false, param: 'id' });
    expect(readRouteParams(routes.matter, { id: '' })).toEqual({ ok: false, param: 'id' });
    expect(readRouteParams(routes.matter, { id: '%E4%' })).toEqual({ ok: false, param: 'id' });
    expect(readRouteParams(routes.manageMatter, { id: '%' })).toEqual({ ok: false, param: 'id' });
    expect(readRouteParams(routes.visitDay, { date: '2026-02-30' })).toEqual({ ok: false, param: 'date' });
    expect(readRouteParams(routes.visitDay, { date: '%E4%B8' })).toEqual({ ok: false, param: 'date' });
    expect(readRouteParams(routes.visitRecord, { date: '2026-12-05' })).toEqual({ ok: false, param: 'bookingId' });
  });

  it('ignores a broken optional param: the page opens as if it were absent', () => {
    expect(readRouteParams(routes.myVisits, { bookingId: '%E4%' })).toEqual({
      ok: true,
      params: { bookingId: undefined },
      ignored: ['bookingId'],
    });
    expect(readRouteParams(routes.messages, { tab: 'spam' })).toEqual({
      ok: true,
      params: { tab: undefined },
      ignored: ['tab'],
    });
    expect(readRouteParams(routes.matter, { id: 'm1', masked: 'phone,%E4%' })).toEqual({
      ok: true,
      params: { id: 'm1', raised: false, queued: false, masked: [] },
      ignored: ['masked'],
    });
    expect(readRouteParams(routes.visitRecord, { bookingId: 'b1', date: 'soon' })).toEqual({
      ok: true,
      params: { bookingId: 'b1', date: undefined },
      ignored: ['date'],
    });
  });

  it('never throws, whatever the query holds', () => {
    const nasty = ['%', '%%', '%E4%', '%uD800', '%C0%80', '\u0000', '%25', '?&=', ''];
    for (const route of Object.values(routes)) {
      for (const value of nasty) {
        const query = Object.fromEntries(Object.keys(route.params).map((name) => [name, value]));
        expect(() => readRouteParams(route, query)).not.toThrow();
      }
    }
  });
});
