/**
 * Build-time SVG charts for the report pages. Pure: data in, SVG markup out, no client JS.
 * Every chart is paired with a data table on the page; the SVG itself is labelled for screen readers.
 */
import { escapeHtml } from '../html/escape';

export interface ChartDatum {
  label: string;
  value: number;
}

export interface ChartInput {
  id: string;
  title: string;
  unit: string;
  kind: 'bar' | 'column';
  data: ChartDatum[];
  color?: string;
}


/**
 * Where a chart's numbers are written out. Said by the table's name, not by its place ("아래" or "옆"): the table
 * is beside the chart on a wide screen and below it on a phone (KWCAG 5.3.3 명확한 지시사항 제공).
 */
export const chartTableNote = (title: string) => `같은 수치를 ‘${title}’ 표로도 제공합니다.`;

/** 147947 → 147,947 */
export const formatNumber = (value: number) => value.toLocaleString('ko-KR');

/** A rounded-up axis maximum so the longest bar does not touch the edge. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= max) ?? 10;
  return step * magnitude;
}

/** Horizontal bars: labels on the left, values at the bar ends. Good for categories with long names. */
function barChart({ id, title, unit, data, color = '#1d4f91' }: ChartInput): string {
  const width = 640;
  const rowHeight = 44;
  const labelWidth = 200;
  const valueRoom = 110;
  const height = data.length * rowHeight + 16;
  const max = niceMax(Math.max(...data.map((d) => d.value)));
  const barSpace = width - labelWidth - valueRoom;
  const rows = data
    .map((d, i) => {
      const y = 8 + i * rowHeight;
      const barWidth = Math.max(d.value > 0 ? 2 : 0, (d.value / max) * barSpace);
      return [
        `<text x="${labelWidth - 12}" y="${y + 26}" text-anchor="end" font-size="16" fill="#1b1f24">${escapeHtml(d.label)}</text>`,
        `<rect x="${labelWidth}" y="${y + 8}" width="${barWidth.toFixed(1)}" height="26" rx="3" fill="${color}"/>`,
        `<text x="${(labelWidth + barWidth + 8).toFixed(1)}" y="${y + 26}" font-size="16" font-weight="700" fill="#1b1f24">${formatNumber(d.value)}${escapeHtml(unit)}</text>`,
      ].join('');
    })
    .join('');
  return svgFrame(id, title, width, height, rows);
}

/** Vertical columns: a series over time, such as months. */
function columnChart({ id, title, unit, data, color = '#1d4f91' }: ChartInput): string {
  const width = 640;
  const height = 300;
  const top = 30;
  const bottom = 40;
  const left = 16;
  const plotHeight = height - top - bottom;
  const max = niceMax(Math.max(...data.map((d) => d.value)));
  const slot = (width - left * 2) / data.length;
  const barWidth = Math.min(48, slot * 0.6);
  const columns = data
    .map((d, i) => {
      const barHeight = (d.value / max) * plotHeight;
      const x = left + i * slot + (slot - barWidth) / 2;
      const y = top + plotHeight - barHeight;
      const center = (x + barWidth / 2).toFixed(1);
      return [
        `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${barHeight.toFixed(1)}" rx="3" fill="${color}"/>`,
        `<text x="${center}" y="${(y - 8).toFixed(1)}" text-anchor="middle" font-size="13" font-weight="700" fill="#1b1f24">${formatNumber(d.value)}</text>`,
        `<text x="${center}" y="${height - bottom + 22}" text-anchor="middle" font-size="14" fill="#1b1f24">${escapeHtml(d.label)}</text>`,
      ].join('');
    })
    .join('');
  const axis = `<line x1="${left}" x2="${width - left}" y1="${top + plotHeight}" y2="${top + plotHeight}" stroke="#4a5361"/>`;
  const unitNote = `<text x="${width - left}" y="16" text-anchor="end" font-size="13" fill="#4a5361">단위: ${escapeHtml(unit)}</text>`;
  return svgFrame(id, title, width, height, axis + columns + unitNote);
}

function svgFrame(id: string, title: string, width: number, height: number, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title" font-family="Pretendard, sans-serif">` +
    `<title id="${id}-title">${escapeHtml(`${title} 차트. ${chartTableNote(title)}`)}</title>${body}</svg>`
  );
}

export function chartSvg(input: ChartInput): string {
  if (input.data.length === 0) throw new Error(`차트 '${input.title}'에 데이터가 없습니다.`);
  return input.kind === 'bar' ? barChart(input) : columnChart(input);
}
