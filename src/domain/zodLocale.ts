import { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';

/**
 * zod's own Chinese messages for every check a schema does not word itself.
 * Imported once by every entry point (app, functions, host, tests).
 */
z.config(zhCN());
