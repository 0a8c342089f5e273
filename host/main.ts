import { roleLabels } from '@domain/users';
import { startHost } from './app';
import { hostConfigFromEnv } from './config';
import { hostLogger } from './hostLogger';
import { demoUsers } from './seed';

/** `npm start` / `npm run host`: the local host in one process, stopped cleanly by Ctrl-C. */
async function main(): Promise<void> {
  const config = hostConfigFromEnv();
  const logger = hostLogger(process.env.HOST_QUIET === '1');
  const host = await startHost(config, { logger });
  printBanner(host.url, config.dataDir, config.devMode);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    await host.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

function printBanner(url: string, dataDir: string, devMode: boolean): void {
  console.log('');
  console.log(`民情通 本地主机已启动: ${url}`);
  console.log(`数据目录 (SQLite): ${dataDir}`);
  if (devMode) {
    console.log('演示身份 (在登录页选择):');
    for (const user of demoUsers) {
      console.log(`  [${roleLabels[user.role]}] ${user.name || '新用户'} — ${user.note}`);
    }
  } else {
    console.log('生产模式：开发登录已关闭');
  }
  console.log('按 Ctrl-C 停止');
  console.log('');
}

main().catch((error: unknown) => {
  console.error('启动失败:', error);
  process.exit(1);
});
