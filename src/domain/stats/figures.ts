import type { Figure, FigureUnit } from './dashboard';

/**
 * A figure's definition, written once: its name, its unit and the exact rule it counts by (口径).
 * The storage adapters compute it by aggregation; tests recompute it from raw rows by the same
 * rule and compare. The rule text is what a committee reads when asked "how is this counted?".
 */
export interface FigureDefinition {
  key: string;
  label: string;
  unit: FigureUnit;
  rule: string;
}

export function defineFigures<K extends string>(
  definitions: Record<K, Omit<FigureDefinition, 'key'>>,
): Record<K, FigureDefinition> {
  const defined = {} as Record<K, FigureDefinition>;
  for (const key of Object.keys(definitions) as K[]) defined[key] = { key, ...definitions[key] };
  return defined;
}

/** The figure as a dashboard shows it. */
export function figureOf(definition: FigureDefinition, value: number | null): Figure {
  return { ...definition, value };
}

/** A figure as a table's column: its name, unit and rule, without a value. */
export function columnOf({ key, label, unit, rule }: FigureDefinition) {
  return { key, label, unit, rule };
}

/** A share in percent with one decimal (45.5), or null when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}

/** A mean with one decimal, or null over nothing. */
export function meanOf(total: number, count: number): number | null {
  return count === 0 ? null : Math.round((total * 10) / count) / 10;
}
