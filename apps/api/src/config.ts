import { z } from 'zod';

/** The host's configuration, from the environment, validated once at start. */
const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** PostgreSQL; without it the embedded PGlite database is used. */
  DATABASE_URL: z.string().url().optional(),
  /** Where PGlite keeps its files; `memory` keeps nothing. */
  PGLITE_DATA_DIR: z.string().min(1).default('.data/pglite'),
  /** Demo data generated into an empty embedded database on start. */
  DEMO_APPLICATIONS: z.coerce.number().int().min(0).max(1_000_000).default(50_000),
  DEMO_SEED: z.coerce.number().int().min(0).default(1),
  /** The built dashboard to serve; empty serves none. */
  DASHBOARD_DIR: z.string().optional(),
  NODE_ENV: z.string().optional(),
  /** `off` answers every public call afresh instead of keeping answers until the data change. */
  RESPONSE_CACHE: z.enum(['on', 'off']).default('on'),
  /** The OIDC issuer whose tokens grant management access. */
  OIDC_ISSUER: z.string().url().optional(),
  /** The audience access tokens must name. */
  OIDC_AUDIENCE: z.string().min(1).default('urn:img-groningen:reporting'),
  OIDC_JWKS_URI: z.string().url().optional(),
  OIDC_ROLE_CLAIM: z.string().min(1).default('roles'),
  OIDC_MANAGEMENT_ROLE: z.string().min(1).default('img-management'),
  /** The dashboard's own (public, PKCE) client at the issuer, for the management login. */
  OIDC_DASHBOARD_CLIENT_ID: z.string().min(1).optional(),
});

export type Config = z.infer<typeof Environment>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  return parsed.data;
}
