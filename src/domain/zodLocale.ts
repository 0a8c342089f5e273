import { z } from 'zod';
import { zhCN } from 'zod/locales';

/**
 * zod's own Chinese messages for every check a schema does not word itself.
 * Imported once by every entry point (app, functions, host, tests).
 */
z.config(zhCN());
