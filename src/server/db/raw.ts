// Rows of a raw SQL query, whichever driver ran it (node-postgres and PGlite both answer with `.rows`).
import type { SQL } from 'drizzle-orm';
import type { Executor } from './client';

export async function queryRows<Row>(db: Executor, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
