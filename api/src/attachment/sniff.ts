/**
 * The type of a file from its first bytes, never from its name. Only what the movement needs is
 * accepted: PDF, images, and office documents (OOXML, OpenDocument, legacy Office), plus CSV for
 * imports.
 */
export interface SniffedType {
  mime: string;
  /** Extensions a file of this type may carry. */
  extensions: string[];
  label: string;
}

const T = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  png: { mime: 'image/png', extensions: ['png'], label: 'ảnh PNG' },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'ảnh JPEG' },
  gif: { mime: 'image/gif', extensions: ['gif'], label: 'ảnh GIF' },
  webp: { mime: 'image/webp', extensions: ['webp'], label: 'ảnh WebP' },
  heic: { mime: 'image/heic', extensions: ['heic', 'heif'], label: 'ảnh HEIC' },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'Word',
  },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'Excel',
  },
  pptx: {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    label: 'PowerPoint',
  },
  odt: {
    mime: 'application/vnd.oasis.opendocument.text',
    extensions: ['odt'],
    label: 'OpenDocument',
  },
  ods: {
    mime: 'application/vnd.oasis.opendocument.spreadsheet',
    extensions: ['ods'],
    label: 'OpenDocument',
  },
  ole: {
    mime: 'application/x-ole-storage',
    extensions: ['doc', 'xls', 'ppt'],
    label: 'Office 97–2003',
  },
  csv: { mime: 'text/csv', extensions: ['csv'], label: 'CSV' },
} satisfies Record<string, SniffedType>;

const starts = (b: Buffer, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

export function sniff(data: Buffer): SniffedType | null {
  if (data.length < 4) return null;
  if (starts(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return T.pdf; // %PDF-
  if (starts(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return T.png;
  if (starts(data, [0xff, 0xd8, 0xff])) return T.jpeg;
  if (starts(data, [0x47, 0x49, 0x46, 0x38])) return T.gif;
  if (starts(data, [0x52, 0x49, 0x46, 0x46]) && starts(data, [0x57, 0x45, 0x42, 0x50], 8))
    return T.webp;
  if (
    starts(data, [0x66, 0x74, 0x79, 0x70], 4) &&
    /heic|heix|mif1|msf1/.test(data.subarray(8, 12).toString('latin1'))
  )
    return T.heic;
  if (starts(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return T.ole;
  if (starts(data, [0x50, 0x4b, 0x03, 0x04])) {
    // A ZIP: OOXML and OpenDocument name their parts near the start of the archive.
    const head = data.subarray(0, Math.min(data.length, 64 * 1024)).toString('latin1');
    if (head.includes('mimetypeapplication/vnd.oasis.opendocument.text')) return T.odt;
    if (head.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return T.ods;
    if (head.includes('[Content_Types].xml') || head.includes('_rels/')) {
      if (head.includes('word/')) return T.docx;
      if (head.includes('xl/')) return T.xlsx;
      if (head.includes('ppt/')) return T.pptx;
    }
    return null; // some other archive
  }
  if (looksLikeCsv(data)) return T.csv;
  return null;
}

function looksLikeCsv(data: Buffer): boolean {
  const sample = data.subarray(0, Math.min(data.length, 8192));
  if (sample.includes(0)) return false;
  const text = sample.toString('utf8');
  if (text.includes('\uFFFD')) return false;
  const lines = text.split(/\r?\n/).filter(Boolean);
  return lines.length >= 1 && /[,;\t]/.test(lines[0]!);
}

export function extensionOf(fileName: string): string {
  const m = /\.([a-z0-9]{1,8})$/i.exec(fileName.trim());
  return m ? m[1]!.toLowerCase() : '';
}

export const ATTACHMENT_TYPES = [
  T.pdf,
  T.png,
  T.jpeg,
  T.gif,
  T.webp,
  T.heic,
  T.docx,
  T.xlsx,
  T.pptx,
  T.odt,
  T.ods,
  T.ole,
];
export const IMPORT_TYPES = [T.xlsx, T.csv];
