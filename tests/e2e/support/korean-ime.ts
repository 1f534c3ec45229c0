/**
 * Types Korean the way an IME does, through Chromium's DevTools protocol: each syllable is first a
 * composition (Input.imeSetComposition, as while the jamo are being put together) and then committed
 * (Input.insertText). Spaces and punctuation are committed directly. Decap issue #1347 shows up only
 * with real compositions, which keyboard.type() does not produce.
 */
import type { CDPSession, Page } from 'playwright-core';

const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/;
const JAMO_INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/** The stages an IME shows for one syllable: 육 → ㅇ, 유, 육. */
function compositionStages(syllable: string): string[] {
  const code = syllable.charCodeAt(0) - 0xac00;
  const initial = Math.floor(code / 588);
  const withoutFinal = String.fromCharCode(0xac00 + code - (code % 28));
  const stages = [JAMO_INITIALS[initial], withoutFinal];
  if (code % 28) stages.push(syllable);
  return stages;
}

/** Pause between key strokes, as a person types: lets the editor re-render between them, where #1347 strikes. */
const KEY_PAUSE_MS = 10;

export async function typeWithIme(page: Page, text: string, session?: CDPSession) {
  const cdp = session ?? (await page.context().newCDPSession(page));
  const pause = () => page.waitForTimeout(KEY_PAUSE_MS);
  for (const char of text) {
    if (HANGUL_SYLLABLE.test(char)) {
      for (const stage of compositionStages(char)) {
        await cdp.send('Input.imeSetComposition', { text: stage, selectionStart: stage.length, selectionEnd: stage.length });
        await pause();
      }
      await cdp.send('Input.insertText', { text: char });
    } else {
      await cdp.send('Input.insertText', { text: char });
    }
    await pause();
  }
  if (!session) await cdp.detach();
}
