/**
 * Korean typing stays intact while previews render. Decap re-renders the preview on every change to the entry, in
 * the same main thread as the fields staff type into. Some previews are heavy (the newsletter's email edition runs
 * MJML, about 150 ms a keystroke and 580 ms on a slow laptop; card news runs Satori), and an input method composing
 * 육 from ㅇ, 유 while the thread is busy can lose jamo. So every preview template is wrapped: it shows the entry as it
 * was when typing last paused, and never re-renders while a composition is under way.
 * tests/e2e/cms-korean-input.test.ts types Korean into every text field of every collection and checks both.
 */
import { useEffect, useMemo, useState, type ComponentType } from 'react';

/** Quiet time after the last change before the preview catches up. */
const TYPING_PAUSE_MS = 400;

let composing = false;
let listening = false;

/** Follows compositions in the editor's document (previews render from its window into their frame). */
function followCompositions() {
  if (listening) return;
  listening = true;
  document.addEventListener('compositionstart', () => (composing = true), true);
  document.addEventListener('compositionend', () => (composing = false), true);
}

export function deferredPreview<P extends object>(Template: ComponentType<P>): ComponentType<P> {
  return function DeferredPreview(props: P) {
    const [shown, setShown] = useState(props);
    useEffect(() => {
      followCompositions();
      let timer: ReturnType<typeof setTimeout>;
      const catchUp = () => {
        if (composing) timer = setTimeout(catchUp, TYPING_PAUSE_MS);
        else setShown(props);
      };
      timer = setTimeout(catchUp, TYPING_PAUSE_MS);
      return () => clearTimeout(timer);
    }, [props]);
    // The same element while `shown` is unchanged, so React skips the template on every keystroke.
    return useMemo(() => <Template {...shown} />, [shown]);
  };
}
