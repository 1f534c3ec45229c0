/** A year's 주요업무보고 tables as XLSX (the same cells as the staff page). Numbers only, so nothing goes to the 접속기록. */
import type { APIRoute } from 'astro';
import { seoulParts } from '../../../../lib/dates/seoul-time';
import { reportYearOf } from '../../../../lib/report/year-report';
import { exportYearReport } from '../../../../server/records/export-year-report';
import { getService } from '../../../../server/service';

export const prerender = false;

export const GET: APIRoute = async ({ params }) => {
  const { ctx } = await getService();
  const year = reportYearOf(params.year, seoulParts(ctx.clock()).year);
  if (year === null) return new Response('그런 해의 실적은 없습니다.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const file = await exportYearReport(ctx, year);
  return new Response(new Uint8Array(file.body), {
    headers: { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"` },
  });
};
