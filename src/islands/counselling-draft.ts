/**
 * The counselling form's draft survives a phone call: every answer is kept in this browser's localStorage (never
 * sent anywhere until the person presses 보내기), and a fresh form offers to carry on. Sending the request, or
 * '지우고 새로 쓰기', removes it.
 */
const KEY = 'centre-counselling-draft';
/** Fields that are not answers: the step shown, what was pressed, the honeypot, the proof of work. */
const NOT_ANSWERS = new Set(['step', 'intent', 'website', 'altcha']);

type Draft = Record<string, string>;

function readDraft(): Draft {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Draft;
  } catch {
    return {};
  }
}

export function clearCounsellingDraft() {
  localStorage.removeItem(KEY);
}

export function keepCounsellingDraft(page: Document) {
  const form = page.querySelector<HTMLFormElement>('[data-counselling-form]');
  if (!form) return;
  const save = () => {
    const draft = readDraft();
    for (const [name, value] of new FormData(form)) {
      if (!NOT_ANSWERS.has(name) && typeof value === 'string') draft[name] = value;
    }
    // An unticked consent box sends nothing; the draft must not remember an old "yes".
    if (form.querySelector('input[name="consent"]') && !new FormData(form).has('consent')) delete draft.consent;
    localStorage.setItem(KEY, JSON.stringify(draft));
  };
  form.addEventListener('input', save);
  form.addEventListener('change', save);

  const resume = page.querySelector<HTMLElement>('[data-draft-resume]');
  const isFreshForm = (form.elements.namedItem('step') as HTMLInputElement | null)?.value === 'category' && !new FormData(form).has('category');
  const kept = readDraft();
  const hasAnswers = Object.keys(kept).some((name) => !['idempotencyKey', 'consentVersion'].includes(name) && kept[name]);
  if (!resume || !isFreshForm || !hasAnswers) {
    save();
    return;
  }
  for (const input of resume.querySelectorAll<HTMLInputElement>('input[type="hidden"]')) {
    if (kept[input.name] && input.name !== 'consentVersion') input.value = kept[input.name];
  }
  resume.hidden = false;
  resume.querySelector('[data-draft-clear]')?.addEventListener('click', () => {
    clearCounsellingDraft();
    resume.hidden = true;
    save();
  });
}
