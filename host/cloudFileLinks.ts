/** Where the host serves the local endpoint's cloud files to the h5 app. */
export const CLOUD_FILES_ROUTE = '/cloud-files/';

/**
 * In WeChat, <Image> shows a `cloud://` file id itself and a temporary URL downloads from
 * CloudBase; a browser can do neither with the local endpoint's files. So, on the cloudbase-local
 * backend only, the host turns every address in a function's answer (the value of any key ending
 * in `url`/`Url`: present.ts puts file ids there) into its own `/cloud-files/<path>`, served to
 * signed-in users. File ids under other keys (`fileId`) are left alone: the app sends them back.
 */
export function linkCloudFiles(answer: unknown, prefixes: readonly string[]): unknown {
  const link = (value: string) => {
    const prefix = prefixes.find((candidate) => value.startsWith(candidate));
    return prefix ? `${CLOUD_FILES_ROUTE}${value.slice(prefix.length)}` : value;
  };
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return /url$/i.test(key) ? link(value) : value;
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, walk(item, name)]));
    }
    return value;
  };
  return walk(answer, '');
}
