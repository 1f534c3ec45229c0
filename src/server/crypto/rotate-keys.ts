// Key rotation: after a new key is put first in DATA_ENCRYPTION_KEYS, this re-encrypts every value made with an
// older key, in batches, so the old key can then be removed. Safe to run again after an interruption.
import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { encryptedTables } from '../db/encrypted-columns';
import { queryRows } from '../db/raw';

export async function rotateEncryptionKeys(ctx: Pick<ServiceContext, 'db' | 'cipher'>, batchSize = 200): Promise<number> {
  const current = `v1:${ctx.cipher.currentKeyId}:%`;
  let rewritten = 0;
  for (const { table, columns } of encryptedTables) {
    const stale = sql.join(
      columns.map((column) => sql`(${sql.identifier(column)} is not null and ${sql.identifier(column)} not like ${current})`),
      sql` or `,
    );
    for (;;) {
      const rows = await queryRows<Record<string, string | null>>(
        ctx.db,
        sql`select id::text as id, ${sql.join(columns.map((column) => sql.identifier(column)), sql`, `)} from ${sql.identifier(table)} where ${stale} limit ${batchSize}`,
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        const assignments = columns
          .filter((column) => row[column] !== null)
          .map((column) => {
            const field = `${table}.${column}`;
            return sql`${sql.identifier(column)} = ${ctx.cipher.encrypt(ctx.cipher.decrypt(row[column]!, field), field)}`;
          });
        await ctx.db.execute(sql`update ${sql.identifier(table)} set ${sql.join(assignments, sql`, `)} where id::text = ${row.id}`);
        rewritten += 1;
      }
    }
  }
  return rewritten;
}
