import { z } from 'zod';
import { fixedText, freeText } from '../textFields';
import { idSchema } from '../ids';
import { lazySchema } from '../lazySchema';
import type { Tone } from '../tones';
import { matterCategories, matterCategorySchema } from '../matters/categories';
import { photoSchema } from '../matters/views';
import { matterStateSchema } from '../matters/states';
import { holderKinds } from './holders';
import { slaClasses } from './sla';
import { caseStates, type CaseState } from './states';
import { caseActions } from './transitions';

/*
 * What the casework function answers (街呼区应): cases as each role reads them, the routing table
 * and the bodies a case can go to. Names are resolved by the service from the place directory;
 * staff phone numbers are never part of a view.
 */

export const caseStateTones: Record<CaseState, Tone> = {
  dispatched: 'warn',
  accepted: 'news',
  returned: 'alert',
  long_term: 'quiet',
  handled: 'warn',
  verified: 'good',
  withdrawn: 'quiet',
};

export const caseStateSchema = /* @__PURE__ */ lazySchema(() => z.enum(caseStates));
export const slaClassSchema = /* @__PURE__ */ lazySchema(() => z.enum(slaClasses, { error: '请选择办理时限类别' }));
export const caseActionSchema = /* @__PURE__ */ lazySchema(() => z.enum(caseActions));

/** A body that can hold a case, with its name as the directory gives it. */
export const holderViewSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    kind: z.enum(holderKinds),
    id: idSchema,
    name: fixedText(),
  }),
);
export type HolderView = z.infer<typeof holderViewSchema>;

/** One line of a case list: enough to sort by urgency and open it. */
export const caseSummarySchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: idSchema,
    matterId: idSchema,
    title: freeText(),
    category: matterCategorySchema,
    communityId: idSchema,
    communityName: fixedText(),
    /** The grid or compound, as a place line ("幸福小区 · 第一网格"). */
    placeName: fixedText(),
    holder: holderViewSchema,
    state: caseStateSchema,
    slaClass: slaClassSchema,
    dispatchedAt: z.number(),
    dueAt: z.number(),
    /** The clock runs and the due time has passed: shown in red. */
    overdue: z.boolean(),
    /** An extension request waits for the street's decision. */
    extensionPending: z.boolean(),
  }),
);
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const extensionViewSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    hours: z.number().int(),
    reason: freeText(),
    requestedAt: z.number(),
    decision: z.enum(['pending', 'approved', 'refused']),
    decidedAt: z.number().nullable(),
  }),
);

/** One hand-off as staff read it on the case page (the public words, with the time). */
export const caseEventSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    at: z.number(),
    text: freeText(),
  }),
);

/** The case page: the matter it is about, who holds it, the clock, and what the caller may do. */
export const caseDetailSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    summary: caseSummarySchema,
    matter: z.object({
      id: idSchema,
      title: freeText(),
      description: freeText(),
      state: matterStateSchema,
      photos: z.array(photoSchema),
      /** Where, in words: community, compound, grid. */
      placeLine: fixedText(),
    }),
    /** The committee's override of the routing table, with its reason; null when the table decided. */
    override: z.object({ routedTo: fixedText(), reason: freeText() }).nullable(),
    returnReason: freeText(),
    /** 2 working hours after dispatch, never past the due time: until then the holder may return it. */
    returnDeadline: z.number().nullable(),
    extension: extensionViewSchema.nullable(),
    longTerm: z.object({ plan: freeText(), reviewAt: z.number() }).nullable(),
    /**
     * The photos staff took on site: read by staff only (the case page is never a resident's), so
     * they do not wait for the media check that gates a matter's public photos.
     */
    feedback: z
      .object({
        text: freeText(),
        photos: z.array(z.object({ fileId: fixedText(), url: fixedText() })),
        at: z.number(),
      })
      .nullable(),
    verification: z.object({ outcome: z.enum(['passed', 'sentBack']), note: freeText(), at: z.number() }).nullable(),
    withdrawReason: freeText(),
    /** The case's and its predecessors' hand-offs, oldest first. */
    events: z.array(caseEventSchema),
    /** The steps the caller may take now, from the state table and the service's checks. */
    actions: z.array(caseActionSchema),
  }),
);
export type CaseDetail = z.infer<typeof caseDetailSchema>;

/**
 * A rule's category: one of the matters' categories, or '*' for all. One enum rather than a union
 * with a literal: those two zod classes would join every function bundle (functionBundleLocales).
 */
export const ruleCategorySchema = /* @__PURE__ */ lazySchema(() =>
  z.enum([...matterCategories, '*'], { error: '请选择事项类别' }),
);

/** A routing rule as the street edits it: category or all, place or everywhere, and the body. */
export const routingRuleViewSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: idSchema,
    category: ruleCategorySchema,
    place: z.object({ kind: z.enum(['community', 'grid', 'compound']), id: idSchema, name: fixedText() }).nullable(),
    holder: holderViewSchema,
  }),
);
export type RoutingRuleView = z.infer<typeof routingRuleViewSchema>;
