/**
 * Korean search tokens. Pagefind splits Korean on spaces only and matches by prefix, so "휴직" misses
 * "육아휴직" and "노동법이" misses "노동법". This module fixes that on both sides, with the glossary:
 * - at index time, `findableForms` lists extra words for a page (compound parts, glossary terms and aliases);
 * - at query time, `expandQuery` turns what the user typed into the searches to run.
 * Pure functions: used by the Pagefind integration (Node), the search islands (browser) and the benchmark.
 */

/** The glossary fields search needs (see src/schemas/glossary.ts). */
export interface GlossaryEntryInput {
  term: string;
  parts?: readonly string[];
  aliases?: readonly string[];
}

export interface SearchVocabulary {
  entries: readonly GlossaryEntryInput[];
  /** Compact forms (no spaces) of every term, part and alias, longest first. */
  words: readonly string[];
  /** Compact form → indexes of the entries it names (its term or one of its aliases). */
  entriesByForm: ReadonlyMap<string, readonly number[]>;
}

/** Removes spaces and joining punctuation: "육아 휴직" and "일·생활" become "육아휴직", "일생활". */
export function compact(text: string): string {
  return text.normalize('NFC').replace(/[\s·・ㆍ\-_/.,]+/g, '').toLowerCase();
}

/** Splits text into 어절 (space-separated words) without punctuation. */
export function tokenize(text: string): string[] {
  return text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}+]+/u).filter(Boolean);
}

export function createVocabulary(entries: readonly GlossaryEntryInput[]): SearchVocabulary {
  const words = new Set<string>();
  const entriesByForm = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    for (const form of [entry.term, ...(entry.aliases ?? [])]) {
      const key = compact(form);
      if (!key) continue;
      words.add(key);
      const list = entriesByForm.get(key) ?? [];
      if (!list.includes(index)) list.push(index);
      entriesByForm.set(key, list);
    }
    for (const part of entry.parts ?? []) words.add(compact(part));
  });
  return {
    entries,
    words: [...words].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length || a.localeCompare(b)),
    entriesByForm,
  };
}

// Particles (조사) and the verb endings people type in questions ("잘렸어요"), longest first.
const SUFFIXES = [
  '에서부터', '으로부터', '이었어요', '였습니다',
  '로부터', '에서는', '에게서', '에서도', '으로는', '으로도', '이라도', '이라는', '이라고', '까지는', '부터는',
  '었어요', '았어요', '였어요', '했어요', '했는데', '하는데', '합니다', '습니다', '됐어요', '되나요', '인가요',
  '에서', '에게', '한테', '께서', '으로', '처럼', '보다', '까지', '부터', '이나', '이랑', '하고', '이란', '라는',
  '라고', '마저', '조차', '에는', '에도', '와는', '과는', '어요', '아요', '해요', '했음', '나요', '인데',
  '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '로', '도', '만', '랑', '란', '께',
];
const HANGUL_END = /[가-힣]$/;

/**
 * "노동법이" → "노동법", "육아휴직을" → "육아휴직", "잘렸어요" → "잘렸".
 * Leaves a word alone when the "particle" is really the end of a known word ("출산휴가" keeps its 가)
 * or when too little would be left ("아이" stays "아이").
 */
export function stripParticle(word: string, vocabulary?: SearchVocabulary): string {
  if (!HANGUL_END.test(word)) return word;
  const known = vocabulary?.words ?? [];
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if ([...stem].length < 2) continue;
    // The suffix belongs to a glossary word that ends this word: not a particle.
    if (known.some((w) => w.length > suffix.length && word.endsWith(w))) return word;
    return stem;
  }
  return word;
}

function entryMatchesText(
  entry: GlossaryEntryInput,
  compactText: string,
  stems: readonly string[],
): boolean {
  const forms = [entry.term, ...(entry.aliases ?? [])].map(compact).filter(Boolean);
  return forms.some((form, i) => {
    // Long forms are safe to look for anywhere, even across spaces ("육아 휴직").
    if (form.length >= 3) return compactText.includes(form);
    // Two-syllable forms could be accidents across words ("교육 휴가" holds "육휴"): look inside words only.
    return stems.some((stem) => (i === 0 ? stem.includes(form) : stem.startsWith(form)));
  });
}

/**
 * Extra words that make a page findable the way people type, for the page's hidden search field:
 * compound parts found inside its words (근로시간단축 → 단축), and for every glossary term the page
 * mentions, the term, its parts and its aliases (출산전후휴가 → 출산휴가; 임금 → 월급).
 * Words the page already contains at the start of a word are left out: Pagefind finds those by prefix.
 */
export function findableForms(text: string, vocabulary: SearchVocabulary): string[] {
  const tokens = tokenize(text);
  const stems = tokens.map((t) => stripParticle(t, vocabulary));
  const forms = new Set<string>();
  for (const stem of new Set(stems)) {
    for (const word of vocabulary.words) {
      if (stem.indexOf(word) > 0) forms.add(word);
    }
  }
  const compactText = compact(text);
  for (const entry of vocabulary.entries) {
    if (!entryMatchesText(entry, compactText, stems)) continue;
    forms.add(compact(entry.term));
    for (const word of tokenize(entry.term)) if (word.length >= 2) forms.add(word);
    for (const part of entry.parts ?? []) forms.add(compact(part));
    for (const alias of entry.aliases ?? []) forms.add(compact(alias));
  }
  const prefixes = new Set(tokens);
  return [...forms].filter((form) => form.length >= 2 && ![...prefixes].some((t) => t.startsWith(form))).sort();
}

export interface ExpandedQuery {
  /** Searches to run, most literal first. Empty when nothing searchable was typed. */
  searches: string[];
  /** Glossary entries the query names (e.g. 육휴 → 육아휴직), in query order. */
  entries: GlossaryEntryInput[];
  /** Words to highlight in results: what was typed, its stems, and the terms it stands for. */
  highlights: string[];
}

/** Glossary entries named by a run of words: exactly ("육휴"), or by a longer phrase alias ("월급 못 받음"). */
function entriesForSpan(span: string, vocabulary: SearchVocabulary): readonly number[] {
  const exact = vocabulary.entriesByForm.get(span);
  if (exact) return exact;
  for (const [form, indexes] of vocabulary.entriesByForm) {
    if (form.length >= 3 && span.startsWith(form) && stripParticle(span, vocabulary).length <= form.length + 1) return indexes;
  }
  return [];
}

/**
 * What to search for when the user types `query`:
 * "육아휴직을" → ["육아휴직을", "육아휴직"]; "육아 휴직" → ["육아 휴직", "육아휴직"];
 * "출산휴가" → ["출산휴가", "출산전후휴가"]; "월급 못 받음" → [..., "임금체불"].
 */
export function expandQuery(query: string, vocabulary: SearchVocabulary, maxSearches = 6): ExpandedQuery {
  const tokens = tokenize(query);
  if (!tokens.length) return { searches: [], entries: [], highlights: [] };
  const stems = tokens.map((t) => stripParticle(t, vocabulary));

  // Greedy, longest run of words first: each run becomes the glossary term(s) it names, or stays as typed.
  const slots: string[][] = [];
  const named: number[] = [];
  for (let i = 0; i < stems.length; ) {
    let taken = 0;
    for (let length = Math.min(4, stems.length - i); length >= 1 && !taken; length--) {
      const span = compact(stems.slice(i, i + length).join(''));
      const rawSpan = compact(tokens.slice(i, i + length).join(''));
      const indexes = entriesForSpan(span, vocabulary).length ? entriesForSpan(span, vocabulary) : entriesForSpan(rawSpan, vocabulary);
      if (indexes.length) {
        // The term as written ("육아기 근로시간 단축"), so pages titled with it get Pagefind's title weight.
        slots.push(indexes.map((k) => tokenize(vocabulary.entries[k].term).join(' ')));
        named.push(...indexes.filter((k) => !named.includes(k)));
        taken = length;
      }
    }
    if (!taken) {
      slots.push([stems[i]]);
      taken = 1;
    }
    i += taken;
  }
  const canonical = slots.reduce<string[]>((acc, options) => acc.flatMap((head) => options.map((o) => (head ? `${head} ${o}` : o))), ['']);

  const searches = [...new Set([tokens.join(' '), stems.join(' '), compact(tokens.join('')), ...canonical])]
    .filter((s) => s.trim())
    .slice(0, maxSearches);
  const entries = named.map((k) => vocabulary.entries[k]);
  const highlights = new Set<string>([...tokens, ...stems]);
  for (const entry of entries) {
    highlights.add(entry.term);
    for (const word of tokenize(entry.term)) highlights.add(word);
    for (const alias of entry.aliases ?? []) if (!/\s/.test(alias)) highlights.add(alias);
  }
  return { searches, entries, highlights: [...highlights].filter((h) => [...h].length >= 2 || tokens.length === 1) };
}

/** Splits `text` into plain and highlighted pieces, marking every occurrence of any of `words`. */
export function markWords(text: string, words: readonly string[]): { text: string; marked: boolean }[] {
  const needles = [...new Set(words.map((w) => w.toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const pieces: { text: string; marked: boolean }[] = [];
  const lower = text.toLowerCase();
  let plainStart = 0;
  for (let i = 0; i < text.length; ) {
    const hit = needles.find((n) => lower.startsWith(n, i));
    if (!hit) {
      i += 1;
      continue;
    }
    if (i > plainStart) pieces.push({ text: text.slice(plainStart, i), marked: false });
    pieces.push({ text: text.slice(i, i + hit.length), marked: true });
    i += hit.length;
    plainStart = i;
  }
  if (plainStart < text.length) pieces.push({ text: text.slice(plainStart), marked: false });
  return pieces;
}

function bigrams(text: string): Set<string> {
  const chars = [...compact(text)];
  return new Set(chars.slice(1).map((c, i) => chars[i] + c));
}

/**
 * Glossary terms to suggest when a search finds nothing: the ones sharing the most two-letter pieces
 * with the query, then the glossary's first terms to fill up.
 */
export function suggestTerms<T extends GlossaryEntryInput>(query: string, entries: readonly T[], limit = 6): T[] {
  const wanted = bigrams(query);
  const scored = entries
    .map((entry, order) => {
      const forms = [entry.term, ...(entry.parts ?? []), ...(entry.aliases ?? [])];
      const score = Math.max(0, ...forms.map((f) => [...bigrams(f)].filter((b) => wanted.has(b)).length));
      return { entry, order, score };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.entry);
}
