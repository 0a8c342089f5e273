import { engines } from '../../support/storages';
import { ADMIN, COMMITTEE, OTHER_STREET, STREET, routingEnv } from './routingEnv';

const facilitiesRule = {
  category: 'facilities',
  place: { kind: 'compound', id: 'p-gulou' },
  holder: { kind: 'property', id: 'pc-xingfu' },
};

describe.each(engines)('the routing table on %s', (engine) => {
  it("shows the street its seeded table with names, every category's SLA class, its places and bodies", async () => {
    const env = await routingEnv(engine);
    const table = await env.act(STREET, 'routingTable');
    expect(table).toMatchObject({ streetId: 's-guhuai', streetName: '古槐街道' });
    expect(table.rules).toContainEqual({
      id: 'rr-demo-facilities-xingfu',
      category: 'facilities',
      place: { kind: 'compound', id: 'p-xingfu', name: '幸福小区' },
      holder: { kind: 'property', id: 'pc-xingfu', name: '幸福物业' },
    });
    expect(table.rules).toHaveLength(8);
    expect(table.slaClasses).toEqual([
      { category: 'parking', slaClass: 'general' },
      { category: 'noise', slaClass: 'general' },
      { category: 'property', slaClass: 'general' },
      { category: 'environment', slaClass: 'general' },
      { category: 'safety', slaClass: 'urgent' },
      { category: 'facilities', slaClass: 'utilities' },
      { category: 'other', slaClass: 'general' },
    ]);
    const holders = table.holders.map((h: { kind: string; id: string }) => `${h.kind}:${h.id}`);
    expect(holders).toEqual([
      'grid:g-dongmen-1',
      'grid:g-dongmen-2',
      'grid:g-ximen-1',
      'grid:g-ximen-2',
      'property:pc-xingfu',
      'department:dep-chengguan',
      'department:dep-jiaojing',
      'department:dep-shichang',
      'department:dep-zhujian',
      'street:s-guhuai',
    ]);
    expect(table.places.map((p: { id: string }) => p.id)).not.toContain('c-nanyuan');
    expect(table.places).toContainEqual({ kind: 'compound', id: 'p-huaiyin', name: '槐荫苑' });
  });

  it('lets the committee read its street’s table and the admin any street’s by id', async () => {
    const env = await routingEnv(engine);
    expect((await env.act(COMMITTEE, 'routingTable')).streetId).toBe('s-guhuai');
    expect(await env.call(COMMITTEE, 'routingTable', { streetId: 's-yunhe' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await env.act(ADMIN, 'routingTable', { streetId: 's-yunhe' })).toMatchObject({
      streetName: '运河街道',
      rules: [],
    });
    expect(await env.call(ADMIN, 'routingTable')).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
      message: '请选择街道',
    });
    expect(await env.call(ADMIN, 'routingTable', { streetId: 's-none' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('saves a new rule under an id from the request, replaces it by id, and audits both', async () => {
    const env = await routingEnv(engine);
    const first = await env.call(STREET, 'saveRoutingRule', facilitiesRule, 'req-rule-0001');
    expect(first).toMatchObject({ ok: true, data: { ruleId: expect.stringMatching(/^rr/) } });
    const { ruleId } = first.ok ? first.data : { ruleId: '' };
    // The same request again: the same answer, one rule.
    expect(await env.call(STREET, 'saveRoutingRule', facilitiesRule, 'req-rule-0001')).toEqual(first);
    await env.act(STREET, 'saveRoutingRule', {
      ...facilitiesRule,
      ruleId,
      holder: { kind: 'grid', id: 'g-dongmen-2' },
    });
    const rules = (await env.act(STREET, 'routingTable')).rules.filter((r: { id: string }) => r.id === ruleId);
    expect(rules).toEqual([
      {
        id: ruleId,
        category: 'facilities',
        place: { kind: 'compound', id: 'p-gulou', name: '鼓楼家园' },
        holder: { kind: 'grid', id: 'g-dongmen-2', name: '东门第二网格' },
      },
    ]);
    const audit = await env.storage.audit.listByActions(['casework.saveRoutingRule'], { after: null, limit: 10 });
    expect(audit.items.map((e) => [e.actorId, e.targetId, e.before === null])).toEqual([
      [STREET, ruleId, false],
      [STREET, ruleId, true],
    ]);
  });

  it('deletes a rule once; the admin edits a street named by id; SLA classes change per category', async () => {
    const env = await routingEnv(engine);
    expect(await env.act(STREET, 'deleteRoutingRule', { ruleId: 'rr-demo-parking' })).toEqual({ deleted: true });
    expect(await env.act(STREET, 'deleteRoutingRule', { ruleId: 'rr-demo-parking' })).toEqual({ deleted: false });
    const rule = {
      ...facilitiesRule,
      streetId: 's-yunhe',
      place: null,
      holder: { kind: 'property', id: 'pc-nanyuan' },
    };
    const { ruleId } = await env.act(ADMIN, 'saveRoutingRule', rule);
    expect((await env.act(OTHER_STREET, 'routingTable')).rules.map((r: { id: string }) => r.id)).toEqual([ruleId]);
    expect(await env.act(STREET, 'setSlaClass', { category: 'noise', slaClass: 'complex' })).toEqual({
      category: 'noise',
      slaClass: 'complex',
    });
    expect((await env.storage.routing.table('s-guhuai')).slaClasses).toEqual({
      safety: 'urgent',
      facilities: 'utilities',
      noise: 'complex',
    });
    const audit = await env.storage.audit.listByActions(['casework.deleteRoutingRule', 'casework.setSlaClass'], {
      after: null,
      limit: 10,
    });
    expect(audit.items.map((e) => e.action).sort()).toEqual(['casework.deleteRoutingRule', 'casework.setSlaClass']);
  });
});

describe.each(engines)('who may edit a routing table on %s', (engine) => {
  const edits = [
    ['saveRoutingRule', facilitiesRule],
    ['deleteRoutingRule', { ruleId: 'rr-demo-parking' }],
    ['setSlaClass', { category: 'noise', slaClass: 'urgent' }],
  ] as const;

  it.each([
    ['another street’s user naming this street', OTHER_STREET, { streetId: 's-guhuai' }, 'FORBIDDEN'],
    ['the committee', COMMITTEE, {}, 'FORBIDDEN'],
    ['a grid worker', 'u-grid-sun', {}, 'FORBIDDEN'],
    ['a department', 'u-dept-wu', {}, 'FORBIDDEN'],
    ['a property company', 'u-property-zheng', {}, 'FORBIDDEN'],
    ['a resident', 'u-resident-zhang', {}, 'FORBIDDEN'],
    ['the admin without a street', ADMIN, {}, 'BAD_INPUT'],
  ])('refuses %s, and nothing changes', async (_who, userId, extra, code) => {
    const env = await routingEnv(engine);
    const before = env.snapshot();
    for (const [action, input] of edits) {
      expect(await env.call(userId, action, { ...input, ...extra })).toMatchObject({ ok: false, code });
    }
    expect(env.snapshot()).toEqual(before);
  });

  it('refuses the reading roles outside the table’s readers', async () => {
    const env = await routingEnv(engine);
    for (const userId of ['u-grid-sun', 'u-dept-wu', 'u-property-zheng', 'u-resident-zhang', 'u-cadre-liu']) {
      expect(await env.call(userId, 'routingTable')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await env.call(OTHER_STREET, 'routingTable', { streetId: 's-guhuai' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});

describe.each(engines)('what a routing rule may name on %s', (engine) => {
  it.each([
    ['a place of another street', { place: { kind: 'compound', id: 'p-nanyuan' } }, '规则的地点不在本街道'],
    ['an unknown grid as the place', { place: { kind: 'grid', id: 'g-none' } }, '规则的地点不在本街道'],
    ['a community id given as a grid', { place: { kind: 'grid', id: 'c-dongmen' } }, '规则的地点不在本街道'],
    ['a grid of another street', { holder: { kind: 'grid', id: 'g-nanyuan-1' } }, '承办网格不在本街道的社区里'],
    [
      'a property company managing nothing here',
      { holder: { kind: 'property', id: 'pc-nanyuan' } },
      '这家物业没有管理本街道的小区',
    ],
    ['an unknown department', { holder: { kind: 'department', id: 'dep-none' } }, '没有这个区直部门'],
    ['another street as the holder', { holder: { kind: 'street', id: 's-yunhe' } }, '兜底的街道只能是本街道'],
    [
      'the same category and place as another rule',
      { category: 'environment', place: null },
      '已有一条相同类别和地点的规则',
    ],
  ])('refuses %s with a Chinese message, and nothing changes', async (_what, change, message) => {
    const env = await routingEnv(engine);
    const before = env.snapshot();
    const answer = await env.call(STREET, 'saveRoutingRule', { ...facilitiesRule, ...change });
    expect(answer).toMatchObject({ ok: false, code: 'BAD_INPUT', message: expect.stringContaining(message) });
    expect(env.snapshot()).toEqual(before);
  });

  it('refuses to change a rule the street does not have', async () => {
    const env = await routingEnv(engine);
    const answer = await env.call(STREET, 'saveRoutingRule', { ...facilitiesRule, ruleId: 'rr-none' });
    expect(answer).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe.each(engines)('the routing suggestion before 派遣 on %s', (engine) => {
  it('names the most specific rule’s body, its SLA class and the due time if dispatched now', async () => {
    const env = await routingEnv(engine);
    // 幸福小区's lamp: the compound's facilities rule (property) beats nothing else; utilities, 24 h.
    await env.matter({ id: 'm-lamp', category: 'facilities', gridId: 'g-dongmen-1', compoundId: 'p-xingfu' });
    const lamp = await env.act(COMMITTEE, 'routeSuggestion', { matterId: 'm-lamp' });
    expect(lamp).toMatchObject({
      suggested: { kind: 'property', id: 'pc-xingfu', name: '幸福物业' },
      ruleId: 'rr-demo-facilities-xingfu',
      slaClass: 'utilities',
      dueAt: env.deps.clock.now() + 24 * 3_600_000,
    });
    // What the dispatch would take for 幸福小区: 东门's grids, 幸福物业, the departments, the street.
    expect(lamp.choices.map((c: { id: string }) => c.id)).toEqual([
      'g-dongmen-1',
      'g-dongmen-2',
      'pc-xingfu',
      'dep-chengguan',
      'dep-jiaojing',
      'dep-shichang',
      'dep-zhujian',
      's-guhuai',
    ]);
    // A safety matter in 鼓楼家园 (东门第二网格): the grid answers, urgently; no company manages it.
    await env.matter({ id: 'm-wire', category: 'safety', gridId: 'g-dongmen-2', compoundId: 'p-gulou' });
    const wire = await env.act(COMMITTEE, 'routeSuggestion', { matterId: 'm-wire' });
    expect(wire).toMatchObject({
      suggested: { kind: 'grid', id: 'g-dongmen-2', name: '东门第二网格' },
      slaClass: 'urgent',
    });
    expect(wire.choices.map((c: { kind: string }) => c.kind)).not.toContain('property');
    // A more specific rule the street adds wins over the category-wide one.
    await env.act(STREET, 'saveRoutingRule', {
      category: 'environment',
      place: { kind: 'compound', id: 'p-huaiyin' },
      holder: { kind: 'property', id: 'pc-xingfu' },
    });
    await env.matter({ id: 'm-trash', category: 'environment', compoundId: 'p-huaiyin' });
    await env.matter({ id: 'm-trash-2', category: 'environment', compoundId: 'p-gulou' });
    expect((await env.act(COMMITTEE, 'routeSuggestion', { matterId: 'm-trash' })).suggested.id).toBe('pc-xingfu');
    expect((await env.act(COMMITTEE, 'routeSuggestion', { matterId: 'm-trash-2' })).suggested.id).toBe('dep-chengguan');
  });

  it('is what a dispatch without a choice then does', async () => {
    const env = await routingEnv(engine);
    await env.matter({ id: 'm-lamp', category: 'facilities', gridId: 'g-dongmen-1', compoundId: 'p-xingfu' });
    const suggestion = await env.act(COMMITTEE, 'routeSuggestion', { matterId: 'm-lamp' });
    const dispatched = (await env.act(COMMITTEE, 'dispatch', { matterId: 'm-lamp' })).case.summary;
    expect(dispatched).toMatchObject({ holder: suggestion.suggested, slaClass: 'utilities', dueAt: suggestion.dueAt });
  });

  it('falls to the street (首接负责) when no rule matches, on the general clock', async () => {
    const env = await routingEnv(engine);
    await env.matter({ id: 'm-noise', category: 'noise' });
    expect(await env.act(COMMITTEE, 'routeSuggestion', { matterId: 'm-noise' })).toMatchObject({
      suggested: { kind: 'street', id: 's-guhuai', name: '古槐街道' },
      ruleId: null,
      slaClass: 'general',
      dueAt: env.deps.clock.now() + 7 * 24 * 3_600_000,
    });
  });

  it('is the committee’s, for matters of its own community', async () => {
    const env = await routingEnv(engine);
    await env.matter({ id: 'm-noise', category: 'noise' });
    expect(await env.call('u-committee-zhao', 'routeSuggestion', { matterId: 'm-noise' })).toMatchObject({
      ok: false,
      code: 'OUTSIDE_COMMUNITY',
    });
    expect(await env.call(STREET, 'routeSuggestion', { matterId: 'm-noise' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await env.call(COMMITTEE, 'routeSuggestion', { matterId: 'm-none' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });
});
