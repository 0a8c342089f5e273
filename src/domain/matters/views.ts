import { z } from 'zod';
import { idSchema } from '../ids';
import { roleSchema } from '../users';
import { matterCategorySchema } from './categories';
import { matterStateSchema } from './states';

/** A photo of a matter: hidden from others until the media check passes. */
export const photoSchema = z.object({
  fileId: z.string(),
  url: z.string(),
  status: z.enum(['checking', 'passed', 'rejected']),
});
export type PhotoView = z.infer<typeof photoSchema>;

/** Who wrote something, as another resident may see it (anonymous authors are not named). */
export const authorSchema = z.object({
  id: idSchema.nullable(),
  name: z.string(),
  role: roleSchema.nullable(),
});
export type AuthorView = z.infer<typeof authorSchema>;

export const matterSummarySchema = z.object({
  id: idSchema,
  communityId: idSchema,
  title: z.string(),
  category: matterCategorySchema,
  state: matterStateSchema,
  author: authorSchema,
  anonymous: z.boolean(),
  supportCount: z.number().int(),
  commentCount: z.number().int(),
  pinned: z.boolean(),
  coverUrl: z.string().nullable(),
  createdAt: z.number(),
  lastActivityAt: z.number(),
});
export type MatterSummary = z.infer<typeof matterSummarySchema>;

export const timelineEntrySchema = z.object({
  id: idSchema,
  at: z.number(),
  transition: z.string(),
  label: z.string(),
  fromState: matterStateSchema.nullable(),
  toState: matterStateSchema,
  actorRole: z.enum(['resident', 'cadre', 'committee', 'admin', 'system']),
  note: z.string(),
});
export type TimelineEntryView = z.infer<typeof timelineEntrySchema>;

export const actionItemSchema = z.object({
  id: idSchema,
  description: z.string(),
  owner: z.string(),
  dueDate: z.string(),
  state: z.enum(['todo', 'doing', 'done']),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const consultationSchema = z.object({
  id: idSchema,
  matterId: idSchema,
  scheduledAt: z.number(),
  place: z.string(),
  agenda: z.string(),
  invitedResidentCount: z.number().int(),
  departments: z.array(z.string()),
  cadreNames: z.array(z.string()),
  minutes: z.string(),
  actions: z.array(actionItemSchema),
  outcome: z.string(),
  updatedAt: z.number(),
});
export type ConsultationView = z.infer<typeof consultationSchema>;

export const escalationSchema = z.object({
  level: z.enum(['street', 'district']),
  department: z.string(),
  dueDate: z.string(),
  note: z.string(),
  escalatedAt: z.number(),
  response: z.string(),
  respondedAt: z.number().nullable(),
  overdue: z.boolean(),
});
export type EscalationView = z.infer<typeof escalationSchema>;

export const ratingSchemaView = z.object({ score: z.number().int(), comment: z.string(), at: z.number() });

export const matterDetailSchema = matterSummarySchema.extend({
  body: z.string(),
  photos: z.array(photoSchema),
  gridId: idSchema.nullable(),
  compoundId: idSchema.nullable(),
  /** Empty unless the viewer is the author or the community's committee. */
  building: z.string(),
  followerCount: z.number().int(),
  mergedIntoId: idSchema.nullable(),
  rejectionReason: z.string(),
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
  body: z.string(),
  official: z.boolean(),
  state: z.enum(['visible', 'pending_review', 'hidden']),
  createdAt: z.number(),
});
export type CommentView = z.infer<typeof commentSchema>;

export const commentThreadSchema = commentSchema.extend({ replies: z.array(commentSchema) });
export type CommentThread = z.infer<typeof commentThreadSchema>;
