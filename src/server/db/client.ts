// Opens the service database: PostgreSQL through a node-postgres Pool when DATABASE_URL is set, otherwise PGlite
// in-process (data in PGLITE_DIR, default .data/pglite; "memory://" for tests). Both speak the same SQL.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a query can run on: the database itself or an open transaction. */
export type Executor = Database | Transaction;

export type DatabaseHandle =
  | { engine: 'postgres'; db: Database; pool: pg.Pool; close(): Promise<void> }
  | { engine: 'pglite'; db: Database; pglite: PGlite; close(): Promise<void> };

export interface DatabaseOptions {
  /** A postgres:// URL; without one the embedded PGlite is used. */
  url?: string;
  /** PGlite's data folder, or "memory://" for a throwaway in-memory database. */
  pgliteDir?: string;
  /** Connections per instance for PostgreSQL. */
  poolSize?: number;
}

export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  return {
    url: env.DATABASE_URL || undefined,
    pgliteDir: env.PGLITE_DIR || '.data/pglite',
    poolSize: env.DATABASE_POOL_SIZE ? Number(env.DATABASE_POOL_SIZE) : undefined,
  };
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // A dropped connection (a PostgreSQL restart, a killed backend) must not crash the process: the query in flight
    // fails (its transaction is rolled back by the server) and the pool opens a new connection.
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = drizzlePg(pool, { schema }) as unknown as Database;
    return { engine: 'postgres', db, pool, close: () => pool.end() };
  }
  const dir = options.pgliteDir ?? 'memory://';
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create(dir);
  const db = drizzlePglite(pglite, { schema }) as unknown as Database;
  return { engine: 'pglite', db, pglite, close: () => pglite.close() };
}
