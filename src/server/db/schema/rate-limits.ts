// Fixed-window counters shared by every server instance. The key (which holds an address or a token) is stored as
// a keyed hash only.
import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const rateLimitCounter = pgTable(
  'rate_limit_counter',
  {
    keyHash: text('key_hash').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull(),
  },
  (table) => [primaryKey({ columns: [table.keyHash, table.windowStart] })],
);
