import { dongmenMatters } from './dongmenMatters';
import type { MatterStory } from './matterFates';
import { ximenMatters } from './ximenMatters';

/**
 * The demo's 30 matters, of both communities, in every state a matter can reach. Each is raised by
 * a resident and taken forward by the committee through the real services (matterFates.ts).
 */
export const matterStories: MatterStory[] = [...dongmenMatters, ...ximenMatters];
