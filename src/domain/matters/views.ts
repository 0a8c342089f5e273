import { z } from 'zod';
import { contactText, fixedText, freeText } from '../textFields';
import { idSchema } from '../ids';
import { roleSchema } from '../users';
import { matterCategorySchema } from './categories';
import { matterStateSchema } from './states';

/** A photo of a matter: hidden from others until the media check passes. */
export const photoSchema = z.object({
  fileId: fixedText(),
  url: fixedText(),
  status: z.enum(['checking', 'passed', 'rejected']),
});
export type PhotoView = z.infer<typeof photoSchema>;

/** Who wrote something, as another resident may see it (anonymous authors are not named). */
export const authorSchema = z.object({
  id: idSchema.nullable(),
  name: freeText(),
  role: roleSchema.nullable(),
});
export type AuthorView = z.infer<typeof authorSchema>;

export const matterSummarySchema = z.object({
  id: idSchema,
  communityId: idSchema,
  title: freeText(),
  category: matterCategorySchema,
  state: matterStateSchema,
  author: authorSchema,
  /**
   * Who raised it on the resident's behalf, or null: a cadre from a visit (民情书记…代居民提出) or
   * staff through 红色代办 (由陈秀英代办). `line` is the words every reader sees; `consent`, how the
   * resident agreed, is for staff and the resident's side only ('' for everyone else).
   */
  raisedBy: z.object({ name: freeText(), line: freeText(), consent: freeText() }).nullable(),
  anonymous: z.boolean(),
  supportCount: z.number().int(),
  commentCount: z.number().int(),
  pinned: z.boolean(),
  coverUrl: fixedText().nullable(),
  createdAt: z.number(),
  lastActivityAt: z.number(),
});
export type MatterSummary = z.infer<typeof matterSummarySchema>;

export const timelineEntrySchema = z.object({
  id: idSchema,
  at: z.number(),
  transition: fixedText(),
  label: fixedText(),
  fromState: matterStateSchema.nullable(),
  toState: matterStateSchema,
  actorRole: z.enum([
    'resident',
    'cadre',
    'committee',
    'admin',
    'gridWorker',
    'street',
    'department',
    'property',
    'system',
  ]),
  note: freeText(),
});
export type TimelineEntryView = z.infer<typeof timelineEntrySchema>;

export const actionItemSchema = z.object({
  id: idSchema,
  description: freeText(),
  owner: freeText(),
  dueDate: fixedText(),
  state: z.enum(['todo', 'doing', 'done']),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const consultationSchema = z.object({
  id: idSchema,
  matterId: idSchema,
  scheduledAt: z.number(),
  /** The meeting's time has come (server clock): minutes and "resolved" may be recorded. */
  held: z.boolean(),
  place: freeText(),
  agenda: freeText(),
  invitedResidentCount: z.number().int(),
  departments: z.array(freeText()),
  cadreNames: z.array(freeText()),
  minutes: freeText(),
  actions: z.array(actionItemSchema),
  outcome: freeText(),
  updatedAt: z.number(),
});
export type ConsultationView = z.infer<typeof consultationSchema>;

export const escalationSchema = z.object({
  level: z.enum(['street', 'district']),
  department: freeText(),
  dueDate: fixedText(),
  note: freeText(),
  escalatedAt: z.number(),
  response: freeText(),
  respondedAt: z.number().nullable(),
  /** The exact due time when a case holds the matter; null for the committee's own 上报 note. */
  dueAt: z.number().nullable(),
  overdue: z.boolean(),
});
export type EscalationView = z.infer<typeof escalationSchema>;

export const ratingSchemaView = z.object({ score: z.number().int(), comment: freeText(), at: z.number() });

export const matterDetailSchema = matterSummarySchema.extend({
  body: freeText(),
  photos: z.array(photoSchema),
  gridId: idSchema.nullable(),
  compoundId: idSchema.nullable(),
  /** Empty unless the viewer is the author or the community's committee. */
  building: contactText(),
  followerCount: z.number().int(),
  mergedIntoId: idSchema.nullable(),
  rejectionReason: freeText(),
  resolvedAt: z.number().nullable(),
  rating: ratingSchemaView.nullable(),
  escalation: escalationSchema.nullable(),
  consultation: consultationSchema.nullable(),
  timeline: z.array(timelineEntrySchema),
  mine: z.object({
    isAuthor: z.boolean(),
    supported: z.boolean(),
    following: z.boolean(),
    canReopen: z.boolean(),
    canRate: z.boolean(),
  }),
});
export type MatterDetail = z.infer<typeof matterDetailSchema>;

export const commentSchema = z.object({
  id: idSchema,
  matterId: idSchema,
  parentId: idSchema.nullable(),
  author: authorSchema,
  body: freeText(),
  official: z.boolean(),
  state: z.enum(['visible', 'pending_review', 'hidden']),
  createdAt: z.number(),
});
export type CommentView = z.infer<typeof commentSchema>;

export const commentThreadSchema = commentSchema.extend({ replies: z.array(commentSchema) });
export type CommentThread = z.infer<typeof commentThreadSchema>;
