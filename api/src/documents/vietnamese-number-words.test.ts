import { describe, expect, it } from 'vitest';
import { amountInWords, numberInWords } from './vietnamese-number-words.js';

describe('amounts in Vietnamese words', () => {
  it('reads the small numbers with the usual rules (lẻ, mười, mốt, tư, lăm)', () => {
    expect(numberInWords(0)).toBe('không');
    expect(numberInWords(5)).toBe('năm');
    expect(numberInWords(10)).toBe('mười');
    expect(numberInWords(15)).toBe('mười lăm');
    expect(numberInWords(21)).toBe('hai mươi mốt');
    expect(numberInWords(24)).toBe('hai mươi tư');
    expect(numberInWords(25)).toBe('hai mươi lăm');
    expect(numberInWords(11)).toBe('mười một');
    expect(numberInWords(14)).toBe('mười bốn');
    expect(numberInWords(105)).toBe('một trăm lẻ năm');
    expect(numberInWords(110)).toBe('một trăm mười');
    expect(numberInWords(999)).toBe('chín trăm chín mươi chín');
  });

  it('reads groups of thousands, millions and billions, with "không trăm" inside a number', () => {
    expect(numberInWords(1_000)).toBe('một nghìn');
    expect(numberInWords(1_005)).toBe('một nghìn không trăm lẻ năm');
    expect(numberInWords(12_500_000)).toBe('mười hai triệu năm trăm nghìn');
    expect(numberInWords(1_000_000_000)).toBe('một tỷ');
    expect(numberInWords(2_030_000_001)).toBe('hai tỷ không trăm ba mươi triệu không trăm lẻ một');
    expect(numberInWords(1_000_000_000_000)).toBe('một nghìn tỷ');
    expect(numberInWords(-15)).toBe('âm mười lăm');
  });

  it('writes money with a capital letter and the currency', () => {
    expect(amountInWords(15_000_000)).toBe('Mười lăm triệu đồng');
    expect(amountInWords(0)).toBe('Không đồng');
  });
});
