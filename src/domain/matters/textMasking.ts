/*
 * Residents sometimes write a neighbour's phone, an ID number or a car plate into a public matter.
 * These are masked before anyone else sees the text; the author is told what was hidden.
 *
 * The patterns avoid lookbehind on purpose: older iOS WebViews (before 16.4) reject it when the
 * file is parsed, and this file is shared with the mini-program. The character before a match is
 * captured instead and written back unchanged.
 *
 * Fullwidth digits (what a Chinese keyboard in fullwidth mode types) are matched too, so typing
 * １３８１２３４５６７８ does not slip past.
 */

export type MaskedKind = 'phone' | 'idNumber' | 'plate';

export const maskedKindLabels: Record<MaskedKind, string> = {
  phone: '手机号',
  idNumber: '身份证号',
  plate: '车牌号',
};

const D = '[0-9\\uFF10-\\uFF19]';
const NZ = '[1-9\\uFF11-\\uFF19]';
const NOT_D = '[^0-9\\uFF10-\\uFF19]';
const SEP = '[ \\u3000\\-\\uFF0D]?';
const ALNUM = '[0-9A-Za-z\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A]';
const LETTER = '[A-Za-z\\uFF21-\\uFF3A\\uFF41-\\uFF5A]';
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

/**
 * 18-digit IDs (last may be X) and the old 15-digit ones. The birth date inside is not checked: a
 * mistyped ID is still someone's ID, and masking a rare long number by mistake costs little.
 * IDs run first so the phone pattern never sees digits that belong to an ID.
 */
const idPattern = new RegExp(
  `(^|${NOT_D})(${NZ}${D}{16}[0-9Xx\\uFF10-\\uFF19\\uFF38\\uFF58]|${NZ}${D}{14})(?!${D})`,
  'g',
);

/** 1[3-9] + 9 digits, optionally grouped 3-4-4 by one space or dash; a +86 in front is kept. */
const phonePattern = new RegExp(
  `(^|${NOT_D})((?:[+\\uFF0B]?86${SEP})?)([1\\uFF11][3-9\\uFF13-\\uFF19]${D})${SEP}(${D}{4})${SEP}(${D}{4})(?!${D})`,
  'g',
);

/** Province + letter, optional middle dot or space, then 5 (ordinary) or 6 (new-energy) characters. */
const platePattern = new RegExp(`([${PROVINCES}]${LETTER})[·•・ \\u3000]?(${ALNUM}{5,6})(?!${ALNUM})`, 'g');

/** Shown as `3701**********1234` whatever the length, so the mask does not tell old from new IDs. */
function maskId(id: string): string {
  return `${id.slice(0, 4)}**********${id.slice(-4)}`;
}

export function maskSensitiveText(text: string): { text: string; masked: MaskedKind[] } {
  const found = new Set<MaskedKind>();
  let result = text.replace(idPattern, (_m, before: string, id: string) => {
    found.add('idNumber');
    return `${before}${maskId(id)}`;
  });
  result = result.replace(
    phonePattern,
    (_m, before: string, country: string, head: string, _middle: string, tail: string) => {
      found.add('phone');
      return `${before}${country}${head}****${tail}`;
    },
  );
  result = result.replace(platePattern, (_m, prefix: string, rest: string) => {
    found.add('plate');
    return `${prefix}·${'*'.repeat(rest.length - 2)}${rest.slice(-2)}`;
  });
  const order: MaskedKind[] = ['phone', 'idNumber', 'plate'];
  return { text: result, masked: order.filter((k) => found.has(k)) };
}
