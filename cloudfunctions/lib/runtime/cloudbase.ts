import { randomBytes } from 'node:crypto';
import tcb from '@cloudbase/node-sdk';
import '@domain/zodLocale';
import type { Contract, FunctionName } from '@domain/contract';
import { collectionNames, createCloudbaseStorage } from '../adapters/cloudbase';
import { cloudbaseExportRecords } from '../adapters/cloudbase/exportRecords';
import type { Deps } from '../deps';
import { createHandler, type FunctionHandler } from '../handler';
import { systemClock } from '../adapters/system/clock';
import { randomIds } from '../adapters/system/ids';
import { cloudExportFiles } from '../adapters/wechat/cloudExportFiles';
import { cloudFileUrls } from '../adapters/wechat/cloudFileUrls';
import { cloudOpenDataFiles } from '../adapters/wechat/cloudOpenDataFiles';
import { wechatPhoneNumbers } from '../adapters/wechat/wechatPhoneNumbers';
import { wechatSubscribeGateway } from '../adapters/wechat/wechatSubscribeGateway';
import { wechatContentChecker } from '../adapters/wechat/wechatContentCheck';
import { jsonLogger } from '../adapters/system/logger';
import { deploymentTemplates } from '@domain/notifications/deploymentTemplates';
import type { ServiceMap } from '../service';

let sharedDeps: Deps | null = null;

/** Built once per warm container: the SDK client and its connection pool are reused. */
export function productionDeps(): Deps {
  if (!sharedDeps) {
    const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
    const db = app.database();
    const callOpenApi = async (apiName: string, requestData: Record<string, unknown>) =>
      (await app.callWxOpenApi({ apiName, requestData })).result;
    const imageUrlOf = async (fileId: string) => {
      const { fileList } = await app.getTempFileURL({ fileList: [fileId] });
      return fileList[0]?.tempFileURL ?? '';
    };
    sharedDeps = {
      storage: createCloudbaseStorage(db),
      clock: systemClock,
      ids: randomIds,
      logger: jsonLogger,
      content: wechatContentChecker(callOpenApi, imageUrlOf),
      files: cloudFileUrls(process.env.TCB_ENV ?? process.env.SCF_NAMESPACE ?? '', async (fileList) => {
        await app.deleteFile({ fileList });
      }),
      exportFiles: cloudExportFiles(
        {
          uploadFile: async (options) => app.uploadFile(options),
          getTempFileURL: async (options) => app.getTempFileURL(options),
          deleteFile: async (options) => app.deleteFile(options),
        },
        () => randomBytes(12).toString('hex'),
        cloudbaseExportRecords(db, collectionNames().exports),
      ),
      // OPEN_DATA_BASE_URL: the storage's public domain (README, deploy step 8).
      openDataFiles: cloudOpenDataFiles(
        { uploadFile: async (options) => app.uploadFile(options) },
        process.env.OPEN_DATA_BASE_URL ?? '',
      ),
      phoneNumbers: wechatPhoneNumbers(callOpenApi),
      gateway: wechatSubscribeGateway(callOpenApi, miniprogramState()),
      templates: deploymentTemplates,
    };
  }
  return sharedDeps as Deps;
}

/** MINIPROGRAM_STATE (function env) = trial or developer while testing; the released app by default. */
function miniprogramState(): 'formal' | 'trial' | 'developer' {
  const state = process.env.MINIPROGRAM_STATE;
  return state === 'trial' || state === 'developer' ? state : 'formal';
}

/** The `main` of a deployed CloudBase function: the shared handler over production adapters. */
export function cloudFunction<F extends FunctionName>(
  fn: F,
  actions: Contract[F],
  services: ServiceMap<F>,
): FunctionHandler {
  let handler: FunctionHandler | null = null;
  return (event, context) => {
    handler ??= createHandler(fn, actions, services, productionDeps());
    return handler(event, context);
  };
}
