import type { Clock } from './ports/clock';
import type { ContentChecker } from './ports/contentCheck';
import type { ExportFiles } from './ports/exportFiles';
import type { FileUrls } from './ports/fileUrls';
import type { IdGenerator } from './ports/ids';
import type { OpenDataFiles } from './ports/openDataFiles';
import type { Logger } from './ports/logger';
import type { PhoneNumbers } from './ports/phoneNumbers';
import type { Storage } from './ports/storage';
import type { SubscribeGateway } from './ports/subscribeGateway';
import type { TemplateConfig } from '@domain/notifications/templates';

/** Everything outside the services, wired once per runtime (CloudBase, local host, tests). */
export interface Deps {
  storage: Storage;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  content: ContentChecker;
  files: FileUrls;
  /** Where a user's data export is kept for them to fetch (account.exportMyData). */
  exportFiles: ExportFiles;
  /** Where each community's open data ZIP is published for anyone (stats.openData). */
  openDataFiles: OpenDataFiles;
  /** WeChat's phone-number check (account.verifyPhone), or the local stand-in. */
  phoneNumbers: PhoneNumbers;
  /** WeChat's subscribeMessage.send, or the local stand-in that records sends. */
  gateway: SubscribeGateway;
  /** This deployment's subscribe-message templates. */
  templates: TemplateConfig;
}
