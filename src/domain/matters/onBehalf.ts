/**
 * A matter a cadre raised for a resident (from a visit) says so wherever it is shown: on its card,
 * its page and its timeline. Plain words for elderly readers; the resident is not named here, so
 * the line is the same whether or not they chose to stay anonymous.
 */
export function raisedOnBehalfLine(cadreName: string): string {
  return `民情书记${cadreName || ''}代居民提出`;
}
