/**
 * A programme's sign-ups as a download (CSV or XLSX, with the answers to its questions), for staff only: the
 * middleware has signed them in, and the export is written to the 접속기록 (src/server/signups/export-signups.ts).
 */
import type { APIRoute } from 'astro';
import { getSignupProgram } from '../../../../../data/program-signups';
import { siteNow } from '../../../../../data/site';
import { exportFormats, type ExportFormat } from '../../../../../server/export/table-export';
import { clientAddressOf } from '../../../../../server/http/client-address';
import { getService } from '../../../../../server/service';
import { exportSignups } from '../../../../../server/signups/export-signups';

export const prerender = false;

const notFound = () => new Response('내려받을 신청 명단을 찾을 수 없습니다.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

export const GET: APIRoute = async ({ params, locals, request, clientAddress }) => {
  const format = params.format as ExportFormat;
  if (!exportFormats.includes(format)) return notFound();
  const service = await getService();
  const program = await getSignupProgram(params.slug ?? '', siteNow(service.ctx.clock()));
  if (!program) return notFound();
  const file = await exportSignups(service.ctx, locals.staffSession!.staff, program, format, clientAddressOf(request, clientAddress));
  return new Response(new Uint8Array(file.body), {
    headers: { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"` },
  });
};
