import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import { sniff } from './sniff.js';

const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
  );
const ftyp = (brand: string) =>
  bytes([0, 0, 0, 0x18], `ftyp${brand}`, [0, 0, 0, 0], 'mif1heic', new Array(16).fill(0));

/** A ZIP holding one stored file, as any archiver writes it. */
function zip(name: string, content: string): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(content.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, Buffer.from(name), Buffer.from(content)]);
}

describe('content sniffing', () => {
  it('recognises PDF and the accepted images from their first bytes', async () => {
    expect((await sniff(Buffer.from('%PDF-1.4\n%%EOF\n')))?.mime).toBe('application/pdf');
    expect((await sniff(bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR')))?.mime).toBe(
      'image/png',
    );
    expect((await sniff(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF')))?.mime).toBe(
      'image/jpeg',
    );
    expect((await sniff(Buffer.from('GIF89a\x01\x00\x01\x00')))?.mime).toBe('image/gif');
    expect(
      (await sniff(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ', new Array(16).fill(0))))?.mime,
    ).toBe('image/webp');
    // A damaged PNG is still a PNG (the image decoder then says it cannot read it).
    expect((await sniff(bytes([0x89], 'PNG\r\n\x1a\n', new Array(200).fill(7))))?.mime).toBe(
      'image/png',
    );
    for (const brand of ['heic', 'heix', 'mif1', 'msf1']) {
      expect((await sniff(ftyp(brand)))?.mime).toBe('image/heic');
    }
  });

  it('tells office documents from other archives', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ý tưởng').addRow(['Tiêu đề']);
    expect((await sniff(Buffer.from(await wb.xlsx.writeBuffer())))?.extensions).toEqual(['xlsx']);
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('x')] }] }),
    );
    expect((await sniff(docx))?.extensions).toEqual(['docx']);
    expect(
      (await sniff(zip('mimetype', 'application/vnd.oasis.opendocument.text')))?.extensions,
    ).toEqual(['odt']);
    expect(await sniff(zip('ghi-chu.txt', 'không phải tài liệu văn phòng'))).toBeNull();
    const ole = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Array(600).fill(0));
    expect((await sniff(ole))?.extensions).toEqual(['doc', 'xls', 'ppt']);
  });

  it('reads CSV as text, even when its first bytes look like a signature', async () => {
    expect((await sniff(Buffer.from('Tiêu đề;Thôn\nĐèn năng lượng;Đồng Lạc\n')))?.mime).toBe(
      'text/csv',
    );
    expect((await sniff(Buffer.from('BM,tên\n1,Lê\n')))?.mime).toBe('text/csv');
  });

  it('refuses what it does not know', async () => {
    expect(await sniff(Buffer.from('MZ\x90\x00\x03\x00\x00\x00'))).toBeNull();
    expect(await sniff(Buffer.from('chỉ một dòng chữ'))).toBeNull();
    expect(await sniff(Buffer.from('%PD'))).toBeNull();
  });
});
