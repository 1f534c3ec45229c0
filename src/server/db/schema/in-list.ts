// A CHECK that a text column holds one of a fixed list of values (the lists are code constants, never input).
import { sql } from 'drizzle-orm';

export const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((value) => `'${value}'`).join(', ')})`);
