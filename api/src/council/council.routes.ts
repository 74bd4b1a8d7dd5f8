import type { Express, Response } from 'express';
import type { Context } from '../context.js';
import { AppError, ErrorCode } from '../common/errors.js';
import type { ContextFor } from '../common/http.js';
import { toDocx, toPdf, type AdminDocument } from '../documents/admin.document.js';
import { minutesDocument, sheetDocument } from './minutes.document.js';

/**
 * Council documents (Decree 30/2020 layout): GET /reviews/:id/minutes.(docx|pdf) and each member's
 * scoring sheet, GET /reviews/:id/sheets/:member.(docx|pdf).
 */
export function registerCouncilRoutes(app: Express, deps: { contextFor: ContextFor<Context> }) {
  const { contextFor } = deps;

  app.get('/reviews/:id/minutes.:format', async (req, res) => {
    const ctx = await contextFor(req, 'xuất biên bản họp Hội đồng');
    await sendDocument(
      res,
      await minutesDocument(ctx, String(req.params.id)),
      String(req.params.format),
    );
  });

  app.get('/reviews/:id/sheets/:member.:format', async (req, res) => {
    const ctx = await contextFor(req, 'xuất phiếu chấm điểm');
    await sendDocument(
      res,
      await sheetDocument(ctx, String(req.params.id), String(req.params.member)),
      String(req.params.format),
    );
  });
}

async function sendDocument(
  res: Response,
  built: { doc: AdminDocument; name: string },
  format: string,
): Promise<void> {
  if (format !== 'pdf' && format !== 'docx') {
    throw new AppError(ErrorCode.NOT_FOUND, 'Chỉ xuất được định dạng DOCX hoặc PDF.');
  }
  const pdf = format === 'pdf';
  const data = pdf ? await toPdf(built.doc) : await toDocx(built.doc);
  res.setHeader(
    'Content-Type',
    pdf
      ? 'application/pdf'
      : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${built.name}.${pdf ? 'pdf' : 'docx'}"`,
  );
  res.setHeader('Cache-Control', 'private, no-store');
  res.end(data);
}
