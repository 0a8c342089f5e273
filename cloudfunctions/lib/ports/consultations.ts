import type { ActionItem } from '@domain/matters/views';

/** 协商会: a matter's consultation meeting, its minutes and its action items. */
export interface ConsultationRecord {
  id: string;
  matterId: string;
  communityId: string;
  scheduledAt: number;
  place: string;
  agenda: string;
  invitedResidentIds: string[];
  departments: string[];
  cadreIds: string[];
  minutes: string;
  actions: ActionItem[];
  outcome: string;
  createdAt: number;
  updatedAt: number;
}

export interface ConsultationRepository {
  create(consultation: ConsultationRecord): Promise<void>;
  /** The latest consultation of a matter. */
  findByMatter(matterId: string): Promise<ConsultationRecord | null>;
  findById(id: string): Promise<ConsultationRecord | null>;
  update(
    id: string,
    patch: Partial<Pick<ConsultationRecord, 'minutes' | 'actions' | 'outcome' | 'scheduledAt' | 'place' | 'agenda'>>,
    now: number,
  ): Promise<boolean>;
}
