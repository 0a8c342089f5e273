/**
 * Where each community's open data ZIP (stats.openData) is kept for anyone to download: cloud
 * storage readable by all at a fixed path in production, a file the local host serves without a
 * session at `/open-data/<communityId>.zip`. Rebuilding a community's ZIP overwrites it in place,
 * so its address never changes.
 */
export interface OpenDataFiles {
  /** Stores the community's ZIP, replacing the last one; answers its stable address. */
  publish(communityId: string, bytes: Uint8Array): Promise<string>;
  /** The stable address of the community's ZIP (whether or not it was published yet). */
  addressOf(communityId: string): string;
}
