import { z } from 'zod';
import type { FieldIssue } from '@domain/errors';
import type { Directory } from '@domain/places';
import { orderFieldsShape } from '@domain/service/inputs';
import type { WantedPeriod } from '@domain/service/views';
import type { SelfView } from '@domain/users';
import { toFieldIssues } from '@domain/validation';
import { firstPerField } from '../components/firstIssues';

export interface OrderDraft {
  details: string;
  wantedDate: string;
  wantedPeriod: WantedPeriod | null;
  address: string;
  contactPhone: string;
}

export type OrderInput = z.infer<typeof orderInputSchema>;

/** The contract's own fields, so the form says exactly what the server would. */
const orderInputSchema = z.strictObject(orderFieldsShape);

/** Where the volunteer comes, as far as the profile knows it (compound and building), and the profile's phone. */
export function draftFrom(user: SelfView, directory: Directory | null, wantedDate: string): OrderDraft {
  const compoundName = directory?.compounds.find((c) => c.id === user.compoundId)?.name ?? '';
  return {
    details: '',
    wantedDate,
    wantedPeriod: null,
    address: `${compoundName}${user.building}`.slice(0, 60),
    contactPhone: user.phone,
  };
}

export function checkOrder(
  itemId: string,
  draft: OrderDraft,
): { ok: true; input: OrderInput } | { ok: false; issues: FieldIssue[] } {
  const parsed = orderInputSchema.safeParse({ itemId, ...draft, wantedPeriod: draft.wantedPeriod ?? undefined });
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, issues: firstPerField(toFieldIssues(parsed.error)) };
}
