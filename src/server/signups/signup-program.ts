// The programme a sign-up is for, as the caller passes it from content (slug, data, derived status, questions),
// and its row in program_registration. Upserting that row inside the sign-up transaction also locks it, so
// sign-ups and cancellations of one programme run one after another: two people cannot both take the last seat.
import { and, count, eq, sql } from 'drizzle-orm';
import { programIcsEvent, type ProgramRef } from '../../lib/programs/event';
import { isDateOnly, seoulToInstant } from '../../lib/dates/seoul-time';
import type { ServiceContext } from '../context';
import type { Executor, Transaction } from '../db/client';
import { programRegistration, programSignup } from '../db/schema';
import { ServiceError } from '../service-error';
import type { SignupQuestion } from './signup-questions';

export interface SignupProgram extends ProgramRef {
  /** The programme's extra questions (front matter), already validated by the content schema. */
  questions: SignupQuestion[];
}

export type ProgramRegistration = typeof programRegistration.$inferSelect;

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a programme is over: its end time, or the end of its last day when it has no time. */
export function programEndsAt(data: ProgramRef['data']): Date {
  if (data.allDay || isDateOnly(data.end)) return new Date(seoulToInstant(data.end.slice(0, 10)).getTime() + DAY_MS);
  return seoulToInstant(data.end);
}

export const closedForSignup = () => new ServiceError('closed', '지금은 이 프로그램 신청을 받지 않습니다.');

/** Refreshes the programme's row from content and locks it until the transaction ends. */
export async function lockProgramForSignup(tx: Transaction, ctx: Pick<ServiceContext, 'clock' | 'settings'>, program: SignupProgram): Promise<ProgramRegistration> {
  const { data } = program;
  const current = {
    title: data.title,
    category: data.category,
    capacity: data.capacity ?? null,
    startsAt: seoulToInstant(data.start),
    endsAt: programEndsAt(data),
    event: programIcsEvent(program, ctx.settings.publicUrl),
    updatedAt: ctx.clock(),
  };
  const [row] = await tx
    .insert(programRegistration)
    .values({ slug: program.slug, ...current })
    .onConflictDoUpdate({ target: programRegistration.slug, set: current })
    .returning();
  return row!;
}

/** The row of a programme that already has sign-ups, locked until the transaction ends. */
export async function lockProgramBySlug(tx: Transaction, slug: string): Promise<ProgramRegistration> {
  const [row] = await tx.select().from(programRegistration).where(eq(programRegistration.slug, slug)).for('update');
  if (!row) throw new ServiceError('not-found', '프로그램을 찾을 수 없습니다.');
  return row;
}

export interface SeatCounts {
  confirmed: number;
  waitlisted: number;
}

export async function countSeats(db: Executor, slug: string): Promise<SeatCounts> {
  const [row] = await db
    .select({
      confirmed: sql<number>`(count(*) filter (where ${programSignup.status} = '확정'))::int`,
      waitlisted: sql<number>`(count(*) filter (where ${programSignup.status} = '대기'))::int`,
    })
    .from(programSignup)
    .where(eq(programSignup.programSlug, slug));
  return { confirmed: row?.confirmed ?? 0, waitlisted: row?.waitlisted ?? 0 };
}

/** A waitlisted sign-up's place in the queue, 1 for the next to be promoted. */
export async function waitlistPosition(db: Executor, slug: string, seq: number): Promise<number> {
  const [row] = await db
    .select({ ahead: count() })
    .from(programSignup)
    .where(and(eq(programSignup.programSlug, slug), eq(programSignup.status, '대기'), sql`${programSignup.seq} <= ${seq}`));
  return row?.ahead ?? 0;
}

export interface RemainingSeats {
  /** Null: no limit. */
  capacity: number | null;
  confirmed: number;
  waitlisted: number;
  /** Null: no limit. */
  remaining: number | null;
  /** Closed by staff. */
  closed: boolean;
}

/** For the public programme page (no personal data): the capacity comes from content, the counts from here. */
export async function remainingSeats(ctx: Pick<ServiceContext, 'db'>, slug: string, capacity: number | undefined): Promise<RemainingSeats> {
  const [registration] = await ctx.db.select({ closed: programRegistration.closed }).from(programRegistration).where(eq(programRegistration.slug, slug));
  const seats = await countSeats(ctx.db, slug);
  return {
    capacity: capacity ?? null,
    ...seats,
    remaining: capacity === undefined ? null : Math.max(0, capacity - seats.confirmed),
    closed: registration?.closed ?? false,
  };
}
