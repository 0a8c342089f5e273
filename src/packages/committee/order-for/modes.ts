import type { ComponentType } from 'react';
import type { OnBehalfModeProps } from './modeProps';
import { BookForMode } from './BookForMode';
import { OrderForMode } from './OrderForMode';
import { RaiseForMode } from './RaiseForMode';

/** The kinds of 红色代办 the page offers, in order: one line each. */
export const onBehalfModes: readonly { id: string; label: string; Mode: ComponentType<OnBehalfModeProps> }[] = [
  { id: 'order', label: '服务点单', Mode: OrderForMode },
  { id: 'matter', label: '说事', Mode: RaiseForMode },
  { id: 'visit', label: '预约接访', Mode: BookForMode },
];
