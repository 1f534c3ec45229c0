// What a private link can do: read its own request (status, answers) and add a follow-up question. The token is
// looked up by its hash; misses are counted per address and refused past a limit, and each token has its own limits.
import { and, asc, eq, ne } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { counsellingMessage, counsellingRequest, user, type AnswerMethod, type CompanySize, type CounsellingCategory, type CounsellingStatus } from '../db/schema';
import { enqueueMail } from '../mail/mail-queue';
import { hitRateLimit, type RateRule } from '../rate-limit/rate-limit';
import { findByPrivateToken, tooManyRequests } from '../rate-limit/token-lookup';
import { ServiceError } from '../service-error';
import { followUpNotice } from './counselling-mail';
import { counsellingFields } from './fields';

export const tokenRules = {
  /** Wrong tokens from one address: 20 per 15 minutes. */
  miss: { name: 'counselling-token-miss', limit: 20, windowSeconds: 15 * 60 },
  /** Reads of one link: 120 per hour. */
  read: { name: 'counselling-token-read', limit: 120, windowSeconds: 60 * 60 },
  /** Follow-up questions on one link: 10 per day. */
  followUp: { name: 'counselling-follow-up', limit: 10, windowSeconds: 24 * 60 * 60 },
} satisfies Record<string, RateRule>;

export interface RequesterMessage {
  author: 'requester' | 'staff';
  body: string;
  createdAt: Date;
}

export interface RequesterView {
  receiptNumber: string;
  category: CounsellingCategory;
  companySize: CompanySize;
  answerMethod: AnswerMethod;
  status: CounsellingStatus;
  situation: string;
  createdAt: Date;
  messages: RequesterMessage[];
}

const noSuchLink = () => new ServiceError('not-found', '이 링크로 찾을 수 있는 상담이 없습니다. 주소를 다시 확인해 주세요.');

const requestForToken = (ctx: ServiceContext, token: string, clientIp: string) =>
  findByPrivateToken(ctx, tokenRules, { token, clientIp, notFound: noSuchLink }, async (tokenHash) => {
    const [row] = await ctx.db.select().from(counsellingRequest).where(eq(counsellingRequest.tokenHash, tokenHash));
    return row;
  });

export async function readRequestByToken(ctx: ServiceContext, token: string, clientIp: string): Promise<RequesterView> {
  const row = await requestForToken(ctx, token, clientIp);
  const messages = await ctx.db
    .select({ author: counsellingMessage.author, body: counsellingMessage.body, createdAt: counsellingMessage.createdAt })
    .from(counsellingMessage)
    .where(eq(counsellingMessage.requestId, row.id))
    .orderBy(asc(counsellingMessage.createdAt));
  return {
    receiptNumber: row.receiptNumber,
    category: row.category,
    companySize: row.companySize,
    answerMethod: row.answerMethod,
    status: row.status,
    situation: ctx.cipher.decrypt(row.situation, counsellingFields.situation),
    createdAt: row.createdAt,
    messages: messages.map((message) => ({ ...message, body: ctx.cipher.decrypt(message.body, counsellingFields.message) })),
  };
}

/** A follow-up question reopens an answered request (back to 배정, or 접수 when nobody has it). */
export async function addFollowUp(ctx: ServiceContext, token: string, body: string, clientIp: string): Promise<void> {
  const row = await requestForToken(ctx, token, clientIp);
  if (row.status === '종결') throw new ServiceError('closed', '종결된 상담입니다. 새 상담을 신청해 주세요.');
  if (!(await hitRateLimit(ctx, tokenRules.followUp, row.id)).allowed) throw tooManyRequests();
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock();
    await tx.insert(counsellingMessage).values({
      requestId: row.id,
      author: 'requester',
      body: ctx.cipher.encrypt(body, counsellingFields.message),
      createdAt: now,
    });
    await tx
      .update(counsellingRequest)
      .set({ status: row.assignedTo ? '배정' : '접수', updatedAt: now })
      .where(and(eq(counsellingRequest.id, row.id), ne(counsellingRequest.status, '종결')));
    const [assignee] = row.assignedTo ? await tx.select({ email: user.email }).from(user).where(eq(user.id, row.assignedTo)) : [];
    await enqueueMail(ctx, tx, followUpNotice(ctx.settings, assignee?.email ?? ctx.settings.counsellingInbox, row));
  });
}
