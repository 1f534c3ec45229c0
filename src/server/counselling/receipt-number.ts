// 접수번호: the year in Seoul and a six-digit sequence (2026-000123), handed out by an atomic upsert inside the
// caller's transaction. It names a request for people; it authorises nothing (the private token does).
import { sql } from 'drizzle-orm';
import { seoulParts } from '../../lib/dates/seoul-time';
import type { Transaction } from '../db/client';
import { receiptCounter } from '../db/schema';

export async function nextReceiptNumber(tx: Transaction, series: string, now: Date): Promise<string> {
  const year = seoulParts(now).year;
  const [row] = await tx
    .insert(receiptCounter)
    .values({ series, year, last: 1 })
    .onConflictDoUpdate({ target: [receiptCounter.series, receiptCounter.year], set: { last: sql`${receiptCounter.last} + 1` } })
    .returning({ last: receiptCounter.last });
  return `${year}-${String(row!.last).padStart(6, '0')}`;
}
