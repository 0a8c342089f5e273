/**
 * Who is calling, as the platform says: in production the OPENID CloudBase puts in the
 * function's context; locally the host builds the same context from a signed session.
 * Never taken from the request body.
 */
export interface PlatformIdentity {
  openid: string;
  appid: string;
}

export interface IdentityResolver {
  resolve(context: unknown): PlatformIdentity | null;
}
