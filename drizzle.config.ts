// drizzle-kit generates the SQL migrations in src/server/db/migrations from the schema; the same SQL runs on
// PostgreSQL and PGlite. `npx drizzle-kit generate` after a schema change, then commit the new file.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema/index.ts',
  out: './src/server/db/migrations',
});
