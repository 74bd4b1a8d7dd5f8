/**
 * Administrative documents in the layout of Decree 30/2020/NĐ-CP: A4; Times New Roman (Tinos, its
 * metric-compatible free twin, in PDFs); margins top/bottom 20 mm, left 30 mm, right 15 mm; the
 * issuing authority and the national motto side by side; number and place-date line; title;
 * body; signature block; "Nơi nhận". One model, rendered to DOCX and to PDF.
 */
import { createRequire } from 'node:module';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import PDFDocument from 'pdfkit';

export interface DocTable {
  headers: string[];
  /** Relative column widths. */
  widths: number[];
  rows: string[][];
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'para'; text: string; bold?: boolean; italic?: boolean; indent?: boolean }
  | { kind: 'table'; table: DocTable };

export interface AdminDocument {
  authority: string; // "UBND XÃ NHƯ THANH"
  body: string; // "HỘI ĐỒNG TƯ VẤN"
  number: string; // "Số: 12/BB-HĐTV"
  placeDate: string; // "Như Thanh, ngày 05 tháng 3 năm 2026"
  title: string; // "BIÊN BẢN"
  subtitle?: string;
  blocks: Block[];
  signatures: { role: string; name: string }[];
  recipients: string[];
}

const MM = 56.7; // twips per millimetre
const PT_PER_MM = 72 / 25.4;
const SIZE = 13; // points: the decree's 13–14 pt body text

const run = (
  text: string,
  o: { bold?: boolean; italic?: boolean; size?: number; underline?: boolean } = {},
) =>
  new TextRun({
    text,
    bold: o.bold,
    italics: o.italic,
    size: (o.size ?? SIZE) * 2,
    font: 'Times New Roman',
    underline: o.underline ? {} : undefined,
  });

const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

function centred(children: TextRun[], spacingAfter = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children,
    spacing: { after: spacingAfter },
  });
}

export async function toDocx(d: AdminDocument): Promise<Buffer> {
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { ...noBorders, insideHorizontal: noBorders.top, insideVertical: noBorders.top },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 40, type: WidthType.PERCENTAGE },
            borders: noBorders,
            children: [
              centred([run(d.authority, { size: 12 })]),
              centred([run(d.body, { bold: true, size: 12, underline: true })], 120),
              centred([run(d.number)]),
            ],
          }),
          new TableCell({
            width: { size: 60, type: WidthType.PERCENTAGE },
            borders: noBorders,
            children: [
              centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 })]),
              centred([run('Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true })], 120),
              centred([run(d.placeDate, { italic: true })]),
            ],
          }),
        ],
      }),
    ],
  });
  const body: (Paragraph | Table)[] = [
    header,
    new Paragraph({ text: '', spacing: { after: 240 } }),
    centred([run(d.title, { bold: true, size: 14 })]),
    ...(d.subtitle ? [centred([run(d.subtitle, { bold: true })], 240)] : []),
  ];
  for (const b of d.blocks) {
    if (b.kind === 'heading')
      body.push(
        new Paragraph({
          children: [run(b.text, { bold: true })],
          spacing: { before: 120, after: 60 },
        }),
      );
    else if (b.kind === 'para') {
      body.push(
        new Paragraph({
          children: [run(b.text, { bold: b.bold, italic: b.italic })],
          alignment: AlignmentType.JUSTIFIED,
          indent: b.indent ? { firstLine: 10 * MM } : undefined,
          spacing: { after: 60, line: 300 },
        }),
      );
    } else {
      const total = b.table.widths.reduce((a, x) => a + x, 0);
      body.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [b.table.headers, ...b.table.rows].map(
            (cells, r) =>
              new TableRow({
                children: cells.map(
                  (c, i) =>
                    new TableCell({
                      width: {
                        size: Math.round((b.table.widths[i]! / total) * 100),
                        type: WidthType.PERCENTAGE,
                      },
                      children: [
                        new Paragraph({
                          alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
                          children: [run(c, { bold: r === 0, size: 12 })],
                        }),
                      ],
                    }),
                ),
              }),
          ),
        }),
      );
    }
  }
  body.push(
    new Paragraph({ text: '', spacing: { after: 240 } }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { ...noBorders, insideHorizontal: noBorders.top, insideVertical: noBorders.top },
      rows: [
        new TableRow({
          children: d.signatures.map(
            (s) =>
              new TableCell({
                borders: noBorders,
                children: [
                  centred([run(s.role.toUpperCase(), { bold: true })], 1200),
                  centred([run(s.name, { bold: true })]),
                ],
              }),
          ),
        }),
      ],
    }),
    new Paragraph({
      children: [run('Nơi nhận:', { bold: true, italic: true, size: 12 })],
      spacing: { before: 240 },
    }),
    ...d.recipients.map((r) => new Paragraph({ children: [run(`- ${r}`, { size: 11 })] })),
  );
  const doc = new Document({
    creator: 'Khơi Nguồn',
    title: `${d.title}${d.subtitle ? ` – ${d.subtitle}` : ''}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: SIZE * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 210 * MM, height: 297 * MM },
            margin: { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM },
          },
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const require = createRequire(import.meta.url);
const FONT = {
  regular: require.resolve('@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf'),
  italic: require.resolve('@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf'),
};

export async function toPdf(d: AdminDocument): Promise<Buffer> {
  const margins = {
    top: 20 * PT_PER_MM,
    bottom: 20 * PT_PER_MM,
    left: 30 * PT_PER_MM,
    right: 15 * PT_PER_MM,
  };
  const pdf = new PDFDocument({
    size: 'A4',
    margins,
    info: { Title: d.title, Creator: 'Khơi Nguồn' },
  });
  pdf.registerFont('R', FONT.regular);
  pdf.registerFont('B', FONT.bold);
  pdf.registerFont('I', FONT.italic);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    pdf.on('end', () => resolve(Buffer.concat(chunks))),
  );

  const left = margins.left;
  const width = pdf.page.width - margins.left - margins.right;
  const colL = width * 0.4;
  const colR = width - colL;
  const top = pdf.y;
  const text = (
    s: string,
    x: number,
    w: number,
    font: string,
    size: number,
    o: PDFKit.Mixins.TextOptions = {},
  ) => {
    pdf
      .font(font)
      .fontSize(size)
      .text(s, x, undefined, { width: w, ...o });
  };
  // Header: authority on the left, national motto on the right.
  pdf.y = top;
  text(d.authority, left, colL, 'R', 12, { align: 'center' });
  text(d.body, left, colL, 'B', 12, { align: 'center', underline: true });
  pdf.moveDown(0.4);
  text(d.number, left, colL, 'R', SIZE, { align: 'center' });
  const afterLeft = pdf.y;
  pdf.y = top;
  text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', left + colL, colR, 'B', 12, { align: 'center' });
  text('Độc lập - Tự do - Hạnh phúc', left + colL, colR, 'B', SIZE, {
    align: 'center',
    underline: true,
  });
  pdf.moveDown(0.4);
  text(d.placeDate, left + colL, colR, 'I', SIZE, { align: 'center' });
  pdf.y = Math.max(afterLeft, pdf.y) + 18;
  text(d.title, left, width, 'B', 14, { align: 'center' });
  if (d.subtitle) text(d.subtitle, left, width, 'B', SIZE, { align: 'center' });
  pdf.moveDown(1);

  for (const b of d.blocks) {
    if (b.kind === 'heading') {
      pdf.moveDown(0.3);
      text(b.text, left, width, 'B', SIZE);
    } else if (b.kind === 'para') {
      text(b.text, left, width, b.bold ? 'B' : b.italic ? 'I' : 'R', SIZE, {
        align: 'justify',
        indent: b.indent ? 10 * PT_PER_MM : 0,
        lineGap: 2,
      });
    } else {
      const total = b.table.widths.reduce((a, x) => a + x, 0);
      const widths = b.table.widths.map((w) => (w / total) * width);
      for (const [r, cells] of [b.table.headers, ...b.table.rows].entries()) {
        const font = r === 0 ? 'B' : 'R';
        pdf.font(font).fontSize(11);
        const heights = cells.map((c, i) => pdf.heightOfString(c, { width: widths[i]! - 6 }));
        const h = Math.max(...heights) + 6;
        if (pdf.y + h > pdf.page.height - margins.bottom) pdf.addPage();
        const y = pdf.y;
        let x = left;
        cells.forEach((c, i) => {
          pdf.rect(x, y, widths[i]!, h).stroke();
          pdf
            .font(font)
            .fontSize(11)
            .text(c, x + 3, y + 3, { width: widths[i]! - 6, align: i === 0 ? 'left' : 'center' });
          x += widths[i]!;
        });
        pdf.x = left;
        pdf.y = y + h;
      }
      pdf.moveDown(0.5);
    }
  }
  // Signatures.
  pdf.moveDown(1.5);
  if (pdf.y + 120 > pdf.page.height - margins.bottom) pdf.addPage();
  const sigTop = pdf.y;
  const sigW = width / Math.max(d.signatures.length, 1);
  d.signatures.forEach((s, i) => {
    pdf.y = sigTop;
    text(s.role.toUpperCase(), left + i * sigW, sigW, 'B', SIZE, { align: 'center' });
    pdf.y = sigTop + 80;
    text(s.name, left + i * sigW, sigW, 'B', SIZE, { align: 'center' });
  });
  pdf.x = left;
  pdf.moveDown(1.5);
  text('Nơi nhận:', left, width, 'I', 12);
  for (const r of d.recipients) text(`- ${r}`, left, width, 'R', 11);
  pdf.end();
  return done;
}
