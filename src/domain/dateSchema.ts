import { z } from 'zod';
import { isValidShanghaiDate } from './time';

/** A Shanghai calendar date `YYYY-MM-DD` sent by a client (a visit day, a report's range). */
export const shanghaiDateSchema = z.string().refine(isValidShanghaiDate, '日期格式应为 YYYY-MM-DD');
