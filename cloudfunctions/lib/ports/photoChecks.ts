/**
 * Production image checks are answered later, by a push that names only WeChat's trace id:
 * this remembers which photo each trace id belongs to. Trace ids never leave the server, so a
 * push naming one can only come from WeChat.
 */
export interface PhotoCheckRepository {
  remember(traceId: string, matterId: string, fileId: string, at: number): Promise<void>;
  find(traceId: string): Promise<{ matterId: string; fileId: string } | null>;
}
