/**
 * The planner's answers as they travel in the page address, after `#` (/guide/planner/#d=2027-01-10&m_ins=employee…):
 * a plan can be bookmarked and shared as a link, and because a browser never sends what follows `#`, opening it sends
 * no answer to any server and nothing is stored. Links from the guide chapters, which carry no personal answer, may
 * use `?` instead; both are read. Every form field is named after its key. Reading turns the strings into typed
 * answers and says, by key, what it could not read.
 */
import { parseWhole, parseWon } from '../benefits/format';
import { dateProblem, isDateOnly } from '../dates/seoul-time';

/** The parent who gives birth, and the other parent. */
export type Parent = 'mother' | 'father';
export const PARENTS: readonly Parent[] = ['mother', 'father'];
export const parentLabel: Record<Parent, string> = { mother: '엄마', father: '아빠' };

export type Insurance = 'employee' | 'artist' | 'none';
const insuranceOptions = ['employee', 'artist', 'none'] as const satisfies readonly Insurance[];

export interface LeavePart {
  start: string;
  months: number;
}
export interface ShortLeave {
  start: string;
  weeks: number;
}
export interface ReducedHoursPlan {
  start: string;
  months: number;
  hoursAfter: number;
}

export interface ParentAnswers {
  insurance?: Insurance;
  /** 월 통상임금 for an employee; for anyone else what they earn in a month (0 when nothing). */
  wage?: number;
  /** 주 소정근로시간 (employees) */
  hours?: number;
  prioritySupportFirm?: boolean;
  /** 입사일: the first day at the current employer, for the 6-month tenure. */
  joined?: string;
  /** The mother's 출산전후휴가 (or 출산전후급여) first day; the father's 배우자 출산전후휴가 first day, null when not taken. */
  leaveStart?: string | null;
  /** 육아휴직 parts in the order given; [] when none. */
  parental?: LeavePart[];
  short?: ShortLeave | null;
  reduced?: ReducedHoursPlan | null;
}

export interface PlannerAnswers {
  dateKind?: 'due' | 'birth';
  /** 출산 예정일 or 출산일 */
  date?: string;
  multipleBirth?: boolean;
  singleParent?: boolean;
  mother: ParentAnswers;
  father: ParentAnswers;
}

/** The page address's query, key by key, as typed. */
export type PlannerQuery = Record<string, string>;
/** What is wrong, by query key (= form field name), in Korean. */
export type Problems = Record<string, string>;

const prefix: Record<Parent, string> = { mother: 'm', father: 'f' };

/** The query keys, in one place: the form fields, the address and the checks all use these. */
export const keys = {
  dateKind: 'dk',
  date: 'd',
  births: 'n',
  family: 'fam',
  insurance: (p: Parent) => `${prefix[p]}_ins`,
  wage: (p: Parent) => `${prefix[p]}_wage`,
  hours: (p: Parent) => `${prefix[p]}_hrs`,
  firm: (p: Parent) => `${prefix[p]}_psf`,
  joined: (p: Parent) => `${prefix[p]}_join`,
  /** yes/no: the father takes 배우자 출산전후휴가 (the mother's leave is not optional) */
  leaveTaken: (p: Parent) => `${prefix[p]}_lv`,
  leaveStart: (p: Parent) => `${prefix[p]}_lvs`,
  /** how many parts of 육아휴직: 0 to the rule's maximum */
  parts: (p: Parent) => `${prefix[p]}_pl`,
  partStart: (p: Parent, n: number) => `${prefix[p]}_p${n}s`,
  partMonths: (p: Parent, n: number) => `${prefix[p]}_p${n}m`,
  shortTaken: (p: Parent) => `${prefix[p]}_sh`,
  shortStart: (p: Parent) => `${prefix[p]}_shs`,
  shortWeeks: (p: Parent) => `${prefix[p]}_shw`,
  reducedTaken: (p: Parent) => `${prefix[p]}_rh`,
  reducedStart: (p: Parent) => `${prefix[p]}_rhs`,
  reducedMonths: (p: Parent) => `${prefix[p]}_rhm`,
  reducedHours: (p: Parent) => `${prefix[p]}_rha`,
} as const;

/** More parts than this are not read from an address at all; the rule's limit (4) is checked with the plan. */
const MAX_PARTS_READ = 9;

/** Reads every answer that is there; a value that cannot be read is left out and its problem named by key. */
export function readAnswers(query: PlannerQuery): { answers: PlannerAnswers; problems: Problems } {
  const problems: Problems = {};
  const text = (key: string) => (query[key] ?? '').trim();
  const oneOf = <T extends string>(key: string, options: readonly T[]): T | undefined => (options as readonly string[]).includes(text(key)) ? (text(key) as T) : undefined;
  const yesNo = (key: string) => (text(key) === 'yes' ? true : text(key) === 'no' ? false : undefined);
  const date = (key: string): string | undefined => {
    const value = text(key);
    if (!value) return undefined;
    const problem = isDateOnly(value) ? dateProblem(value) : `'${value}'은(는) 날짜가 아닙니다. 2027-01-10처럼 쓰세요.`;
    if (problem) problems[key] = problem;
    return problem ? undefined : value;
  };
  const whole = (key: string, example: string): number | undefined => {
    const value = text(key);
    if (!value) return undefined;
    const number = parseWhole(value);
    if (number === null) problems[key] = `숫자로 쓰세요. 예: ${example}`;
    return number ?? undefined;
  };
  const won = (key: string): number | undefined => {
    const value = text(key);
    if (!value) return undefined;
    const amount = parseWon(value);
    if (amount === null) problems[key] = '금액을 숫자로 쓰세요. 예: 3000000 또는 300만';
    return amount ?? undefined;
  };

  const parent = (p: Parent): ParentAnswers => {
    const partCount = whole(keys.parts(p), '2');
    const parental =
      partCount === undefined
        ? undefined
        : Array.from({ length: Math.min(partCount, MAX_PARTS_READ) }, (_, i) => ({ start: date(keys.partStart(p, i + 1)), months: whole(keys.partMonths(p, i + 1), '6') }))
            .filter((part): part is LeavePart => part.start !== undefined && part.months !== undefined);
    const leaveTaken = p === 'mother' ? true : yesNo(keys.leaveTaken(p));
    const shortTaken = yesNo(keys.shortTaken(p));
    const shortStart = date(keys.shortStart(p));
    const shortWeeks = whole(keys.shortWeeks(p), '2');
    const reducedTaken = yesNo(keys.reducedTaken(p));
    const reducedStart = date(keys.reducedStart(p));
    const reducedMonths = whole(keys.reducedMonths(p), '6');
    const reducedHours = whole(keys.reducedHours(p), '30');
    const leaveStart = date(keys.leaveStart(p));
    return {
      insurance: oneOf(keys.insurance(p), insuranceOptions),
      wage: won(keys.wage(p)),
      hours: whole(keys.hours(p), '40'),
      prioritySupportFirm: yesNo(keys.firm(p)),
      joined: date(keys.joined(p)),
      leaveStart: leaveTaken === false ? null : leaveStart,
      // A part count without all its parts is not an answer yet: the question is asked again.
      parental: parental && parental.length === partCount ? parental : undefined,
      short: shortTaken === false ? null : shortTaken && shortStart && shortWeeks !== undefined ? { start: shortStart, weeks: shortWeeks } : undefined,
      reduced:
        reducedTaken === false
          ? null
          : reducedTaken && reducedStart && reducedMonths !== undefined && reducedHours !== undefined
            ? { start: reducedStart, months: reducedMonths, hoursAfter: reducedHours }
            : undefined,
    };
  };

  const births = text(keys.births);
  const family = text(keys.family);
  const answers: PlannerAnswers = {
    dateKind: oneOf(keys.dateKind, ['due', 'birth'] as const),
    date: date(keys.date),
    multipleBirth: births === '2' ? true : births === '1' ? false : undefined,
    singleParent: family === 'single' ? true : family === 'couple' ? false : undefined,
    mother: parent('mother'),
    father: parent('father'),
  };
  return { answers, problems };
}

/** The planner's own keys; anything else in an address (step, all, utm_…) is not an answer. */
const ANSWER_KEY = /^(dk|d|n|fam|[mf]_[a-z0-9]+)$/;

/** Whether the part after `#` holds answers rather than naming a place on the page (#main). */
export const holdsAnswers = (hash: string) => hash.includes('=');

/** The answers, and every parameter (for the view: step, all), of an address; `#` wins over `?` for the same key. */
export function readAddress({ search, hash }: { search: string; hash: string }): { query: PlannerQuery; params: URLSearchParams } {
  const params = new URLSearchParams(search);
  if (holdsAnswers(hash)) for (const [key, value] of new URLSearchParams(hash.slice(1))) params.set(key, value);
  const query: PlannerQuery = {};
  for (const [key, value] of params) if (ANSWER_KEY.test(key) && value.trim()) query[key] = value.trim();
  return { query, params };
}

/** `/guide/planner/#d=2027-01-10&…`: the answers after `#`, keys in a stable order so one plan has one address. */
export function addressOf(page: string, query: PlannerQuery, view: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(query).sort()) if (query[key]?.trim()) params.set(key, query[key].trim());
  for (const [key, value] of Object.entries(view)) params.set(key, value);
  const fragment = params.toString();
  return fragment ? `${page}#${fragment}` : page;
}
