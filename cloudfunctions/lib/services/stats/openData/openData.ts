import { AppError } from '@domain/errors';
import { OPEN_DATA_MAX_AGE_MS, openDataFileName, openDataFiles } from '@domain/stats/openData';
import type { Deps } from '../../../deps';
import type { ServiceMap } from '../../../service';
import { monthlyFigureRows } from './monthlyFigureRows';
import { openDataZip } from './openDataZip';
import { publicMatterRows } from './publicMatterRows';

/** The job mark that says when a community's ZIP was last built (storage.jobRuns). */
const buildMark = (communityId: string) => `openData:${communityId}`;

/**
 * Builds the community's ZIP when it is missing or older than a day, then marks it built. Two
 * callers at once may both build it: the same file is written twice, and the mark moves once.
 */
async function freshZipOf(deps: Deps, communityId: string): Promise<number> {
  const now = deps.clock.now();
  const builtAt = await deps.storage.jobRuns.lastRun(buildMark(communityId));
  if (builtAt !== null && now - builtAt < OPEN_DATA_MAX_AGE_MS) return builtAt;
  const [matters, monthlyFigures] = await Promise.all([
    publicMatterRows(deps.storage, communityId),
    monthlyFigureRows(deps, communityId, now),
  ]);
  await deps.openDataFiles.publish(communityId, openDataZip({ matters, monthlyFigures }, now));
  await deps.storage.jobRuns.advance(buildMark(communityId), builtAt, now);
  deps.logger.info('open_data_built', { communityId, matters: matters.length });
  return now;
}

/**
 * stats.openData: anyone (signed in or not) gets a community's open data — its stable address,
 * what is inside and when it was built. An unknown community is not found.
 */
export const openData: ServiceMap<'stats'>['openData'] = async ({ deps }, { communityId }) => {
  const community = await deps.storage.places.community(communityId);
  if (!community) throw new AppError('NOT_FOUND', '没有找到这个社区');
  const updatedAt = await freshZipOf(deps, community.id);
  return {
    communityId: community.id,
    communityName: community.name,
    url: deps.openDataFiles.addressOf(community.id),
    fileName: openDataFileName(community.name),
    files: openDataFiles.map((file) => ({ ...file, columns: [...file.columns] })),
    updatedAt,
  };
};
