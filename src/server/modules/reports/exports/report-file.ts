import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../../attachments/download-headers.js';

/** A generated report, ready to send: whole, or as a stream made while it is sent (CSV). */
export type ReportFile = Readonly<{ filename: string; contentType: string; body: Buffer | Readable }>;

export const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
} as const;

/** Sends a report as a download with its file name (RFC 6266), never cached by shared caches. */
export function reportFile(reply: FastifyReply, file: ReportFile): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition('attachment', file.filename))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.body);
}
