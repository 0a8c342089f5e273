import type { OpenDataFiles } from '../../ports/openDataFiles';

/** Open data kept in memory by community: for tests (which open the ZIP) and benchmarks. */
export function memoryOpenDataFiles(): OpenDataFiles & { published: Map<string, Uint8Array> } {
  const published = new Map<string, Uint8Array>();
  return {
    published,
    async publish(communityId, bytes) {
      published.set(communityId, bytes);
      return this.addressOf(communityId);
    },
    addressOf: (communityId) => `memory://open-data/${encodeURIComponent(communityId)}.zip`,
  };
}
