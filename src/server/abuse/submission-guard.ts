// What a public form must pass before anything is stored: an empty honeypot, then a rate limit per address that
// is generous for a browser that solved the proof of work and strict for one that did not (a form without
// JavaScript cannot solve it, and must still work). Limits live in the database, shared by every instance.
import type { ServiceContext } from '../context';
import { hitRateLimit, type RateRule } from '../rate-limit/rate-limit';
import { verifyProofOfWork } from './proof-of-work';

export interface SubmissionEvidence {
  /** The hidden field people never see; bots fill it. */
  honeypot: string | undefined;
  /** The ALTCHA widget's payload, when the browser ran it. */
  proofOfWork: string | undefined;
  clientIp: string;
}

export interface GuardRules {
  /** Submissions from one address that solved the proof of work. */
  solved: RateRule;
  /** Submissions from one address without it (no JavaScript). */
  unsolved: RateRule;
}

export type GuardVerdict = { ok: true } | { ok: false; reason: 'bot' | 'rate-limited' | 'proof-of-work'; message: string };

export async function guardSubmission(ctx: ServiceContext, rules: GuardRules, evidence: SubmissionEvidence): Promise<GuardVerdict> {
  if (evidence.honeypot) return { ok: false, reason: 'bot', message: '보내지 못했습니다. 양식을 새로 열어 다시 보내 주세요.' };
  const solved = evidence.proofOfWork ? await verifyProofOfWork(ctx, evidence.proofOfWork) : false;
  if (evidence.proofOfWork && !solved) {
    return { ok: false, reason: 'proof-of-work', message: '자동 입력 방지 확인이 끝나지 않았습니다. 잠시 기다린 뒤 다시 보내 주세요.' };
  }
  const rule = solved ? rules.solved : rules.unsolved;
  if (!(await hitRateLimit(ctx, rule, evidence.clientIp)).allowed) {
    return { ok: false, reason: 'rate-limited', message: '이 주소에서 짧은 시간에 너무 많이 보냈습니다. 한 시간쯤 뒤에 다시 보내거나 전화로 상담해 주세요.' };
  }
  return { ok: true };
}
