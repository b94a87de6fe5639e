/**
 * Starts the API and dashboard: opens the database (PostgreSQL by DATABASE_URL, otherwise the
 * embedded PGlite), applies migrations, fills an empty embedded database with demo data, serves.
 */
import { fileURLToPath } from 'node:url';
import { createDatabase, generateAndLoad, migrate } from '@img-groningen/db';
import { readConfig } from './config';
import { createApiServer } from './server';
import { progressLine } from './progress';

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
    }
  }

  const dashboardDir =
    config.DASHBOARD_DIR ?? fileURLToPath(new URL('./dashboard', import.meta.url));
  const server = createApiServer({ db, dashboardDir });
  server.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    console.log(
      `IMG reporting: http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}/ (database: ${db.driver})`,
    );
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
