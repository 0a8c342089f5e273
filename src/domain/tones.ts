/**
 * What a state means to the person reading it, which the client shows as the colour of a tag:
 * good news, news or work in progress, something that wants attention, something that is over,
 * and an alarm. Each domain maps its states to a tone beside the states themselves (pure data:
 * the colours live in the client's Tag).
 */
export const tones = ['good', 'news', 'warn', 'quiet', 'alert'] as const;
export type Tone = (typeof tones)[number];
