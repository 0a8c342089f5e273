import path from 'node:path';

export interface HostConfig {
  port: number;
  bindAddress: string;
  dataDir: string;
  /** The folder of the built h5 app. */
  webRoot: string;
  /** Dev mode adds the dev-login routes and seeds demo data. On by default for `npm start`. */
  devMode: boolean;
  /**
   * Dev mode on a fresh database: also play the living demo (host/demo), matters, visits and
   * inbox news. MINQING_DEMO_LIFE=off gives users and places only (the host's own tests).
   */
  demoLife: boolean;
  appid: string;
  /**
   * What answers the app (MINQING_BACKEND): `sqlite`, the functions' code on SQLite in this
   * process (default), or `cloudbase-local`, the built bundles over a local CloudBase endpoint.
   */
  backend: HostBackendName;
}

export type HostBackendName = 'sqlite' | 'cloudbase-local';

export function hostConfigFromEnv(env: NodeJS.ProcessEnv = process.env): HostConfig {
  const root = path.resolve(__dirname, '..');
  return {
    port: env.PORT ? Number(env.PORT) : 3000,
    bindAddress: env.HOST_BIND ?? '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR ?? path.join(root, 'data')),
    webRoot: path.resolve(env.WEB_ROOT ?? path.join(root, 'dist', 'h5')),
    devMode: (env.MINQING_MODE ?? 'dev') === 'dev',
    appid: env.WX_APPID_LOCAL ?? 'wx-local-host',
    demoLife: env.MINQING_DEMO_LIFE !== 'off',
    backend: backendOf(env.MINQING_BACKEND),
  };
}

function backendOf(value: string | undefined): HostBackendName {
  if (value === undefined || value === '' || value === 'sqlite') return 'sqlite';
  if (value === 'cloudbase-local') return value;
  throw new Error(`MINQING_BACKEND 只能是 sqlite 或 cloudbase-local，不能是 ${value}`);
}
