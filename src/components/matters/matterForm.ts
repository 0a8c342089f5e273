import { z } from 'zod';
import { matterCategorySchema, type MatterCategory } from '@domain/matters/categories';
import { matterBodySchema, matterTitleSchema } from '@domain/matters/text';
import type { FieldIssue } from '@domain/errors';
import type { SelfView } from '@domain/users';
import type { PickedPhoto } from './PhotoPicker';
import { MAX_PHOTOS } from './PhotoPicker';

export interface MatterDraft {
  category: MatterCategory | null;
  title: string;
  body: string;
  gridId: string | null;
  compoundId: string | null;
  /** Building or door the matter is about: seen only by the committee (and the author). */
  building: string;
  anonymous: boolean;
}

export interface RaiseInput {
  category: MatterCategory;
  title: string;
  body: string;
  photos: string[];
  gridId: string | null;
  compoundId: string | null;
  building: string;
  anonymous: boolean;
}

/** The place is prefilled from the profile: most matters are about where the resident lives. */
export function draftFrom(user: SelfView): MatterDraft {
  return {
    category: null,
    title: '',
    body: '',
    gridId: user.gridId,
    compoundId: user.compoundId,
    building: user.building,
    anonymous: false,
  };
}

/** The same schemas the server validates with, so the messages match what it would say. */
const textsSchema = z.object({ category: matterCategorySchema, title: matterTitleSchema, body: matterBodySchema });

export function validateDraft(
  draft: MatterDraft,
  photos: readonly PickedPhoto[],
): { ok: true; input: RaiseInput } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const parsed = textsSchema.safeParse({ category: draft.category ?? undefined, title: draft.title, body: draft.body });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = String(issue.path[0] ?? '');
      if (!issues.some((i) => i.path === path)) {
        issues.push({ path, message: path === 'category' ? '请选择事项类别' : issue.message });
      }
    }
  }
  if (photos.length > MAX_PHOTOS) issues.push({ path: 'photos', message: `最多上传${MAX_PHOTOS}张照片` });
  else if (photos.some((p) => p.status === 'uploading'))
    issues.push({ path: 'photos', message: '照片还在上传，请稍候' });
  else if (photos.some((p) => p.status === 'failed')) {
    issues.push({ path: 'photos', message: '有照片没传上去，请点它重试或删除' });
  }
  const order = ['category', 'title', 'body', 'photos'];
  issues.sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
  if (issues.length || !parsed.success) return { ok: false, issues };
  return {
    ok: true,
    input: {
      category: parsed.data.category,
      title: parsed.data.title,
      body: parsed.data.body,
      photos: photos.map((p) => p.fileId!),
      gridId: draft.gridId,
      compoundId: draft.compoundId,
      building: draft.building.trim(),
      anonymous: draft.anonymous,
    },
  };
}

/** What is still wrong with the draft, field by field (none when it would be sent). */
export function draftIssues(draft: MatterDraft, photos: readonly PickedPhoto[]): FieldIssue[] {
  const checked = validateDraft(draft, photos);
  return checked.ok ? [] : checked.issues;
}
