/** The day the e2e build pretends to be built on, so derived statuses and "today" marks are stable. */
export const E2E_TODAY = '2026-11-24';
