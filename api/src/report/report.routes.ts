/**
 * A hub report's files: GET /reports/:id/(docx|pdf|xlsx) — for the hub (a staff session), served
 * as attachments from the store; an issued report's files never change.
 */
import type { Express } from 'express';
import type { Context } from '../context.js';
import { NotFoundError } from '../common/errors.js';
import type { ContextFor } from '../common/http.js';
import { sendStored, type FileStorage } from '../attachment/file.storage.js';
import { getHubReport, reportMime } from './hub-report.service.js';
import { ReportFormat } from './report.enums.js';

export function registerReportRoutes(
  app: Express,
  deps: { contextFor: ContextFor<Context>; storage: FileStorage },
) {
  app.get('/reports/:id/:format', async (req, res) => {
    const ctx = await deps.contextFor(req, 'tải báo cáo của xã');
    const format = String(req.params.format).toUpperCase() as ReportFormat;
    if (!Object.values(ReportFormat).includes(format))
      throw new NotFoundError('Định dạng tệp không có.');
    const report = await getHubReport(ctx, String(req.params.id));
    const file = report?.files?.find((f) => f.format === format);
    if (!report || !file) throw new NotFoundError('Báo cáo chưa có tệp này.');
    const stream = await deps.storage.get(file.storageKey);
    res.setHeader('Content-Type', reportMime(format));
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('ETag', `"${file.sha256}"`);
    await sendStored(stream, res);
  });
}
