import { type Env, RETRIED_ID, ok, type Scenario } from './harness';

const CHEN = 'u-committee-chen';
const SUN = 'u-grid-sun';
const ZHOU = 'u-street-zhou';
const WU = 'u-dept-wu';
const ZHENG = 'u-property-zheng';

/** A resident's matter about 幸福小区's lamp (幸福物业's by the demo table) or its rubbish (区城管局's), published. */
async function openMatter(env: Env, category: 'facilities' | 'environment'): Promise<string> {
  const raised = await ok(
    env.call('matter', 'u-resident-zhang', 'raise', {
      title: category === 'facilities' ? '小区路灯不亮' : '垃圾桶满了没人清',
      body: '幸福小区3号楼前的问题已经一个多星期了，希望尽快解决。',
      category,
    }),
  );
  env.deps.clock.advance(1000);
  await ok(
    env.call('matter', CHEN, 'moderate', { targetType: 'matter', targetIds: [raised.matter.id], decision: 'approve' }),
  );
  env.refs.matter = raised.matter.id;
  return raised.matter.id;
}

/** Each step as a set-up call, a moment after the one before. */
async function step(env: Env, caller: string, action: string, data: object) {
  env.deps.clock.advance(1000);
  return ok(env.call('casework', caller, action, data));
}

async function dispatched(env: Env, category: 'facilities' | 'environment' = 'facilities'): Promise<void> {
  const matterId = await openMatter(env, category);
  env.refs.case = (await step(env, CHEN, 'dispatch', { matterId })).case.summary.id;
}

async function accepted(env: Env, category: 'facilities' | 'environment' = 'facilities'): Promise<void> {
  await dispatched(env, category);
  await step(env, category === 'facilities' ? ZHENG : WU, 'accept', { caseId: env.refs.case });
}

async function handled(env: Env): Promise<void> {
  await accepted(env);
  await step(env, ZHENG, 'feedback', { caseId: env.refs.case, text: '已更换灯头，晚上已亮', photos: [] });
}

/** The matter's cases, its public timeline, the audit and who heard what, without ids or times. */
async function caseState(env: Env) {
  const { storage } = env;
  const cases = await storage.cases.listForMatter(env.refs.matter);
  const matter = await storage.matters.findById(env.refs.matter);
  const timeline = await storage.matters.timeline(env.refs.matter);
  const audit = await storage.audit.list({ after: null, limit: 50 });
  const told = [];
  for (const userId of [CHEN, SUN, ZHOU, WU, ZHENG, 'u-resident-zhang']) {
    const inbox = await storage.inbox.list(userId, null, 50);
    told.push(inbox.items.map((e) => `${e.kind}:${e.refType}`).sort());
  }
  return {
    cases: cases.map((c) => ({
      state: c.state,
      holder: c.holder,
      dueAt: c.dueAt - c.dispatchedAt,
      accepted: c.acceptedBy,
      returnReason: c.returnReason,
      extension: c.extension ? [c.extension.hours, c.extension.decision] : null,
      longTerm: c.longTerm?.plan ?? null,
      feedback: c.feedback?.text ?? null,
      verification: c.verification ? [c.verification.outcome, c.verification.note] : null,
      withdrawReason: c.withdrawReason,
      reminder: c.nextReminderAt === null,
    })),
    matter: [matter?.state, matter?.escalation?.department ?? null],
    timeline: timeline.map((t) => `${t.transition}:${t.fromState}->${t.toState}:${t.actorRole}:${t.note}`),
    // Times and the ids the set-up's fresh request ids gave are left out: they differ run to run.
    audit: audit.items
      .map((a) => {
        const { dueAt: _due, nextCaseId: _next, ...after } = (a.after ?? {}) as Record<string, unknown>;
        return `${a.action}:${JSON.stringify(a.before)}:${JSON.stringify(after)}`;
      })
      .sort(),
    told,
  };
}

function scenario(
  arrange: (env: Env) => Promise<void>,
  caller: string,
  action: string,
  data: (env: Env) => object,
): Scenario {
  return {
    arrange,
    act: (env) => env.call('casework', caller, action, data(env), RETRIED_ID),
    observe: caseState,
  };
}

const caseRef = (env: Env) => ({ caseId: env.refs.case });

/** 街呼区应 commands (casework), each with the state it must end in. */
export const caseworkScenarios: [string, Scenario][] = [
  [
    'casework.dispatch (the matter escalates, the holder hears)',
    scenario(
      async (env) => {
        await openMatter(env, 'facilities');
      },
      CHEN,
      'dispatch',
      (env) => ({ matterId: env.refs.matter }),
    ),
  ],
  [
    'casework.report (a patrol finding becomes a matter and a case)',
    {
      async arrange(env) {
        env.deps.uploads.record('local/converge01.jpg', SUN);
        // The image check's verdict arrives later, as its own write: not a step of this command.
        env.deps.content = { ...env.deps.content, submitImage: async () => ({ traceId: null }) };
      },
      async act(env) {
        const answer = await env.call(
          'casework',
          SUN,
          'report',
          {
            title: '路面塌陷',
            description: '幸福小区北门外路面塌陷一处，约半米见方。',
            category: 'facilities',
            gridId: 'g-dongmen-1',
            compoundId: 'p-xingfu',
            photos: ['local/converge01.jpg'],
          },
          RETRIED_ID,
        );
        if (answer.ok) env.refs.matter = answer.data.case.matter.id;
        return answer;
      },
      observe: caseState,
    },
  ],
  ['casework.accept', scenario(dispatched, ZHENG, 'accept', caseRef)],
  [
    'casework.return',
    scenario(
      (env) => dispatched(env, 'environment'),
      WU,
      'return',
      (env) => ({ ...caseRef(env), reason: '小区内垃圾清运归物业' }),
    ),
  ],
  [
    'casework.reroute (the returned case ends, a new one starts)',
    scenario(
      async (env) => {
        await dispatched(env, 'environment');
        await step(env, WU, 'return', { caseId: env.refs.case, reason: '小区内垃圾清运归物业' });
      },
      ZHOU,
      'reroute',
      (env) => ({ ...caseRef(env), holder: { kind: 'grid', id: 'g-dongmen-1' }, reason: '先由网格员协调清运' }),
    ),
  ],
  [
    'casework.requestExtension',
    scenario(accepted, ZHENG, 'requestExtension', (env) => ({ ...caseRef(env), hours: 6, reason: '等待配件到货' })),
  ],
  [
    'casework.decideExtension (approved: public, the reminders re-armed)',
    scenario(
      async (env) => {
        await accepted(env);
        await step(env, ZHENG, 'requestExtension', { caseId: env.refs.case, hours: 6, reason: '等待配件到货' });
      },
      ZHOU,
      'decideExtension',
      (env) => ({ ...caseRef(env), approve: true }),
    ),
  ],
  [
    'casework.markLongTerm',
    scenario(accepted, ZHENG, 'markLongTerm', (env) => ({
      ...caseRef(env),
      plan: '纳入明年改造计划',
      reviewDate: '2027-03-01',
    })),
  ],
  [
    'casework.feedback (the verifiers hear)',
    scenario(accepted, ZHENG, 'feedback', (env) => ({ ...caseRef(env), text: '已更换灯头，晚上已亮', photos: [] })),
  ],
  [
    'casework.verify passed (the matter is resolved, its followers hear)',
    scenario(handled, SUN, 'verify', (env) => ({ ...caseRef(env), outcome: 'passed', note: '' })),
  ],
  [
    'casework.verify sent back',
    scenario(handled, CHEN, 'verify', (env) => ({ ...caseRef(env), outcome: 'sentBack', note: '北侧还有一盏不亮' })),
  ],
  [
    'casework.withdraw (the matter goes back to where it stood)',
    scenario(accepted, CHEN, 'withdraw', (env) => ({ ...caseRef(env), reason: '社区已协调解决' })),
  ],
];
