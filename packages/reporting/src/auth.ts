/**
 * Management procedures need an OIDC bearer token: a JWT signed by the configured issuer, checked
 * against the issuer's published keys (JWKS) with `jose`, for our audience, carrying the
 * management role. Nothing here inspects a token by hand.
 */
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';

export interface AuthConfig {
  /** The OIDC issuer, e.g. https://login.example.nl/realms/img. */
  issuer: string;
  /** The audience the access token must name (this API). */
  audience: string;
  /** The JWKS address; by default read from the issuer's discovery document. */
  jwksUri?: string;
  /** The claim that holds the roles (a string or an array of strings). */
  roleClaim?: string;
  /** The role management procedures require. */
  managementRole?: string;
}

export interface User {
  subject: string;
  roles: string[];
}

export const DEFAULT_ROLE_CLAIM = 'roles';
export const DEFAULT_MANAGEMENT_ROLE = 'img-management';

export class AuthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthError';
  }
}

export type TokenVerifier = (authorization: string | undefined) => Promise<User | null>;

/** Builds a verifier for `Authorization: Bearer …` headers. No header gives null; a bad token throws. */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  let jwks: ReturnType<typeof createRemoteJWKSet> | null = null;
  const keys = async () => {
    if (jwks) return jwks;
    let uri = config.jwksUri;
    if (!uri) {
      const discovery = await fetch(
        new URL(
          '.well-known/openid-configuration',
          config.issuer.endsWith('/') ? config.issuer : `${config.issuer}/`,
        ),
      );
      if (!discovery.ok)
        throw new AuthError(
          `the issuer's discovery document is not available (${discovery.status})`,
        );
      uri = ((await discovery.json()) as { jwks_uri?: string }).jwks_uri;
      if (!uri) throw new AuthError("the issuer's discovery document has no jwks_uri");
    }
    jwks = createRemoteJWKSet(new URL(uri));
    return jwks;
  };
  const roleClaim = config.roleClaim ?? DEFAULT_ROLE_CLAIM;
  return async (authorization) => {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new AuthError('the Authorization header must be "Bearer <token>"');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1]!, await keys(), {
        issuer: config.issuer,
        audience: config.audience,
      }));
    } catch (error) {
      if (error instanceof AuthError) throw error;
      throw new AuthError(`the token is not valid: ${(error as Error).message}`);
    }
    const raw = payload[roleClaim];
    const roles = Array.isArray(raw)
      ? raw.filter((r): r is string => typeof r === 'string')
      : typeof raw === 'string'
        ? [raw]
        : [];
    return { subject: payload.sub ?? 'unknown', roles };
  };
}
