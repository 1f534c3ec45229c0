/** The confirmed subscribers as a CSV or XLSX download (관리자 only; written in the 접속기록 by the export itself). */
import type { APIRoute } from 'astro';
import { clientAddressOf } from '../../../../server/http/client-address';
import { exportFormats, type ExportFormat } from '../../../../server/export/table-export';
import { exportSubscribers } from '../../../../server/newsletter/export-subscribers';
import { ServiceError, httpStatusOf } from '../../../../server/service-error';
import { getService } from '../../../../server/service';

export const prerender = false;

const plain = (status: number, message: string) => new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

export const POST: APIRoute = async ({ request, clientAddress, locals }) => {
  const format = (await request.formData()).get('format');
  if (!exportFormats.includes(format as ExportFormat)) return plain(400, '파일 형식(CSV 또는 XLSX)을 고르세요.');
  try {
    const file = await exportSubscribers((await getService()).ctx, locals.staffSession!.staff, format as ExportFormat, clientAddressOf(request, clientAddress));
    return new Response(new Uint8Array(file.body), {
      headers: { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"` },
    });
  } catch (error) {
    if (error instanceof ServiceError) return plain(httpStatusOf[error.code], error.message);
    throw error;
  }
};
