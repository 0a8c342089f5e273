import { AppError } from '@domain/errors';
import type { ServiceMap } from '../../../service';
import { requireUser } from '../../requireUser';
import { advanceJob } from './jobSteps';
import { jobView } from './jobView';

/**
 * stats.exportJob: the caller's export job, moved on by one step first while it is unfinished
 * (each poll does a bounded piece of the work). Another person's job is not found.
 */
export const exportJob: ServiceMap<'stats'>['exportJob'] = async ({ caller, deps }, input) => {
  const user = requireUser(caller);
  const job = await deps.storage.exportJobs.findById(input.jobId);
  if (!job || job.ownerId !== user.id) throw new AppError('NOT_FOUND', '没有找到这个导出任务');
  return { job: jobView(await advanceJob(deps, job)) };
};
