// `npm run db:migrate`: applies the committed migrations to DATABASE_URL, or to the embedded PGlite in PGLITE_DIR.
import { databaseOptionsFromEnv, openDatabase } from '../src/server/db/client';
import { migrate, migrationsFolder } from '../src/server/db/migrate';

const options = databaseOptionsFromEnv();
const database = await openDatabase(options);
try {
  await migrate(database);
  console.log(`Migrations from ${migrationsFolder()} applied to ${options.url ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${options.pgliteDir}`}.`);
} finally {
  await database.close();
}
