import type { ReactNode } from 'react';
import { FormField } from '../FormField';
import './Field.scss';

/** A field of the committee's and cadres' forms, styled by Field.scss. */
export function Field(props: { id?: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return <FormField block="cm-field" {...props} />;
}
