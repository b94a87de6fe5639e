/**
 * Starts the API and dashboard: opens the database (PostgreSQL by DATABASE_URL, otherwise the
 * embedded PGlite), applies migrations, fills an empty embedded database with demo data, serves.
 */
import { fileURLToPath } from 'node:url';
import { createDatabase, generateAndLoad, migrate } from '@img-groningen/db';
import {
  createTokenVerifier,
  lastEndedWeek,
  publishWeek,
  setManagementRole,
  warmManagementFigures,
} from '@img-groningen/reporting';
import { readConfig } from './config';
import {
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  DEMO_DASHBOARD_CLIENT_ID,
  createDemoOidc,
} from './demo-oidc';
import { progressLine } from './progress';
import { createApiServer } from './server';

async function main() {
  const config = readConfig();
  const db = await createDatabase({
    url: config.DATABASE_URL,
    dataDir: config.PGLITE_DATA_DIR === 'memory' ? undefined : config.PGLITE_DATA_DIR,
  });
  await migrate(db);

  if (db.driver === 'pglite' && config.DEMO_APPLICATIONS > 0) {
    const [row] = await db.query<{ n: number }>('select count(*)::int as n from applications');
    if (row?.n === 0) {
      console.log(
        `Creating demo data: ${config.DEMO_APPLICATIONS.toLocaleString('en')} synthetic applications (seed ${config.DEMO_SEED}) ...`,
      );
      const result = await generateAndLoad(
        db,
        { applications: config.DEMO_APPLICATIONS, seed: config.DEMO_SEED },
        progressLine(),
      );
      console.log(`Demo data ready in ${(result.milliseconds / 1000).toFixed(1)} s.`);
      // The public is served published weeks: publish the demo's last week, as the IMG would.
      const started = performance.now();
      const [info] = await db.query<{ value: string }>(
        `select value from dataset_info where key = 'as_of'`,
      );
      const publication = await publishWeek(db, lastEndedWeek(info!.value), { who: 'demo' });
      console.log(
        `Published ${publication.week} for the public (${publication.answers} figures) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      );
    }
  }

  const dashboardDir =
    config.DASHBOARD_DIR ?? fileURLToPath(new URL('./dashboard', import.meta.url));
  const production = config.NODE_ENV === 'production';
  const base = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
  // Management access: the configured issuer; on a demo (never in production) a local one at /oidc.
  const demoLogin = !config.OIDC_ISSUER && !production && config.PORT !== 0;
  const issuer = config.OIDC_ISSUER ?? (demoLogin ? `${base}/oidc` : undefined);
  setManagementRole(config.OIDC_MANAGEMENT_ROLE);
  const verifyToken = issuer
    ? createTokenVerifier({
        issuer,
        audience: config.OIDC_AUDIENCE,
        jwksUri: config.OIDC_JWKS_URI,
        roleClaim: config.OIDC_ROLE_CLAIM,
        managementRole: config.OIDC_MANAGEMENT_ROLE,
      })
    : undefined;
  const dashboardClient =
    config.OIDC_DASHBOARD_CLIENT_ID ?? (demoLogin ? DEMO_DASHBOARD_CLIENT_ID : undefined);
  const mounts: Parameters<typeof createApiServer>[0]['mounts'] = {};
  if (demoLogin)
    mounts['/oidc'] = await createDemoOidc(
      `${base}/oidc`,
      config.OIDC_AUDIENCE,
      config.OIDC_MANAGEMENT_ROLE,
    );
  const server = createApiServer({
    db,
    dashboardDir,
    verifyToken,
    mounts,
    responseCache: config.RESPONSE_CACHE === 'on',
    dashboardLogin:
      issuer && dashboardClient
        ? { issuer, clientId: dashboardClient, audience: config.OIDC_AUDIENCE }
        : undefined,
  });
  server.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    console.log(
      `IMG reporting: http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}/ (database: ${db.driver})`,
    );
    if (demoLogin) {
      console.log(
        `Management procedures (demo login, never in production): get a token from ${base}/oidc/token, e.g.`,
      );
      console.log(
        `  curl -s -u ${DEMO_CLIENT_ID}:${DEMO_CLIENT_SECRET} -d grant_type=client_credentials -d scope=reporting ${base}/oidc/token`,
      );
    } else if (!issuer) {
      console.log(
        'Management procedures are closed: set OIDC_ISSUER (and OIDC_AUDIENCE) to open them.',
      );
    }
    // The management figures take up to a few seconds to compute; do it now rather than on the first request.
    if (issuer) {
      warmManagementFigures(db)
        .then((ms) =>
          console.log(
            `Management figures computed: ${Object.entries(ms)
              .map(([name, t]) => `${name} ${(t / 1000).toFixed(1)} s`)
              .join(', ')}.`,
          ),
        )
        .catch((error: unknown) =>
          console.error(`Management figures not precomputed: ${(error as Error).message}`),
        );
    }
  });

  const shutdown = () => {
    server.close();
    db.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`Could not start: ${(error as Error).message}`);
  process.exit(1);
});
