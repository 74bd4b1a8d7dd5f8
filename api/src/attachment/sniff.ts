import { fileTypeFromBuffer } from 'file-type';

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

/**
 * What `file-type` names (by its `ext`) → our type. `file-type` reads the binary formats: magic
 * numbers, the ftyp box of HEIF images, the entries of a ZIP (telling DOCX/XLSX/PPTX/ODT/ODS from
 * any other archive) and OLE compound files. Anything it names that is not here (a plain ZIP, an
 * executable, audio…) is refused. Aliases: an animated PNG is still a PNG, every HEIF brand (heic,
 * heix, mif1, msf1) is one "HEIC" type, and `cfb` is the container of Office 97–2003 documents.
 */
const BY_FILE_TYPE: Record<string, SniffedType> = {
  pdf: T.pdf,
  png: T.png,
  apng: T.png,
  jpg: T.jpeg,
  gif: T.gif,
  webp: T.webp,
  heic: T.heic,
  docx: T.docx,
  xlsx: T.xlsx,
  pptx: T.pptx,
  odt: T.odt,
  ods: T.ods,
  cfb: T.ole,
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export async function sniff(data: Buffer): Promise<SniffedType | null> {
  if (data.length < 4) return null;
  const found = await fileTypeFromBuffer(data);
  const known = found ? BY_FILE_TYPE[found.ext] : undefined;
  if (known) return known;
  // file-type also walks a PNG's chunks and names nothing when they are broken; its signature
  // still makes it a PNG here, so a damaged photo is refused by the image decoder ("Không đọc được
  // ảnh") rather than as a type we do not take, as before.
  if (!found && data.subarray(0, 8).equals(PNG_SIGNATURE)) return T.png;
  // file-type recognises binary formats only: text has no magic number, so CSV stays our own
  // check. It also runs when file-type named something we refuse, because a CSV whose first
  // bytes happen to be a signature ("BM…" reads as a bitmap, "ID3…" as MP3) is still a CSV.
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
