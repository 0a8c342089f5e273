import { roleLabels } from '@domain/users';
import { startCloudbaseLocalHost, startHost } from './app';
import { hostConfigFromEnv, type HostConfig } from './config';
import { hostLogger } from './hostLogger';
import { demoUsers } from './seed';

/** `npm start` / `npm run host`: the local host in one process, stopped cleanly by Ctrl-C. */
async function main(): Promise<void> {
  const config = hostConfigFromEnv();
  const logger = hostLogger(process.env.HOST_QUIET === '1');
  const host =
    config.backend === 'cloudbase-local'
      ? await startCloudbaseLocalHost(config, { logger })
      : await startHost(config, { logger });
  printBanner(host.url, config);
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

function printBanner(url: string, { dataDir, devMode, backend }: HostConfig): void {
  console.log('');
  console.log(`民情通 本地主机已启动: ${url}`);
  if (backend === 'cloudbase-local') {
    console.log('后端: 已构建的云函数 (dist/cloudfunctions) + 本地 CloudBase 端点（数据库在内存中，每次启动重新生成）');
    console.log(`数据目录 (会话、云存储文件): ${dataDir}`);
  } else {
    console.log(`数据目录 (SQLite): ${dataDir}`);
  }
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
