import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inEnglish } from './errors.js';
import { languageOf, languageOfConnection } from './language.js';
import { EN_MESSAGES, toEnglish } from './messages.en.js';
import { scanApiMessages } from './messages.scan.js';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('the English catalog of the API messages', () => {
  it('has an entry for every Vietnamese message the code hands to a client', async () => {
    const found = await scanApiMessages(src);
    // The scan itself must see the usual suspects, or it would pass by finding nothing.
    expect(found.length).toBeGreaterThan(250);
    expect(found.map((m) => m.key)).toContain('Vui lòng nhập {0}.');
    expect(found.map((m) => m.key)).toContain('Bạn không có quyền thực hiện thao tác này.');
    const missing = found
      .filter((m) => !(m.key in EN_MESSAGES))
      .map((m) => `${m.file}:${m.line} ${m.key}`);
    expect(missing, 'add these to api/src/common/messages.en.ts').toEqual([]);
  });

  it('translates messages built from templates, with their variable parts', () => {
    expect(toEnglish('Vui lòng nhập tên ý tưởng.')).toBe("Please enter the idea's title.");
    expect(toEnglish('Tên ý tưởng cần ít nhất 10 ký tự.')).toBe(
      "The idea's title needs at least 10 characters.",
    );
    expect(
      toEnglish(
        'Không thể chuyển ý tưởng từ "Đã tiếp nhận" sang "Đã ứng dụng". Có thể chuyển sang: Cần bổ sung thông tin, Trùng lặp.',
      ),
    ).toBe(
      'The idea cannot move from "Received" to "Applied". It can move to: Needs more information, Duplicate.',
    );
    expect(toEnglish('Tệp "hồ sơ.pdf" vượt quá 10 MB.')).toBe(
      'The file "hồ sơ.pdf" is larger than 10 MB.',
    );
    // Unknown text is left as it is rather than half-translated.
    expect(toEnglish('Nguyễn Văn A')).toBe('Nguyễn Văn A');
  });

  it('answers a formatted error and each of its field errors in English', () => {
    expect(
      inEnglish({
        message: 'Dữ liệu chưa hợp lệ, vui lòng kiểm tra lại.',
        extensions: {
          code: 'BAD_USER_INPUT',
          fieldErrors: {
            title: 'Vui lòng nhập tên ý tưởng.',
            'author.email': 'Vui lòng nhập email.',
          },
        },
      }),
    ).toEqual({
      message: 'The data is not valid; please check it.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fieldErrors: {
          title: "Please enter the idea's title.",
          'author.email': 'Please enter an email address.',
        },
      },
    });
  });
});

describe('the language of a request', () => {
  it('is English only when English is the first preference', () => {
    expect(languageOf('en')).toBe('en');
    expect(languageOf('en-GB,en;q=0.9,vi;q=0.5')).toBe('en');
    expect(languageOf('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(languageOf('vi;q=0.5, en;q=0.8')).toBe('en');
    expect(languageOf('fr')).toBe('vi');
    expect(languageOf('')).toBe('vi');
    expect(languageOf(undefined)).toBe('vi');
    expect(languageOfConnection({ lang: 'en' })).toBe('en');
    expect(languageOfConnection({ lang: 42 })).toBe('vi');
    expect(languageOfConnection(undefined)).toBe('vi');
  });
});
