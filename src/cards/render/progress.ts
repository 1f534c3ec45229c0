/** Progress and summary lines of the image renderer: done/total, rate and time left. */

export interface RenderCounts {
  total: number;
  rendered: number;
  cached: number;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '계산 중';
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}분 ${s % 60}초` : `${s}초`;
}

/** One line for a terminal, rewritten in place: `이미지 120/600 · 8.4장/초 · 남은 시간 약 57초`. */
export function formatProgress(label: string, done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
  return `${label} ${done}/${total} · ${rate.toFixed(1)}장/초 · 남은 시간 약 ${duration(eta)}`;
}

/** The single line CI logs get: how many images, how many drawn, how many from the cache, how long. */
export function formatSummary(label: string, counts: RenderCounts, elapsedMs: number, workers: number): string {
  const rate = counts.rendered > 0 && elapsedMs > 0 ? ` (${((counts.rendered * 1000) / elapsedMs).toFixed(1)}장/초, 작업자 ${workers}개)` : '';
  return `${label} ${counts.total}장: 새로 그림 ${counts.rendered}, 캐시 ${counts.cached} · ${(elapsedMs / 1000).toFixed(1)}초${rate}`;
}
