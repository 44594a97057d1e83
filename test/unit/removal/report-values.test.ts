import { delimiterOf, encodingOf, looksLikeMarkup, sniffBinary } from '@/lib/removal/report-sniff';
import { parseAmount, parseQuantity, parseReportDate } from '@/lib/removal/report-values';

describe('report values', () => {
  it.each([
    ['0', 0],
    ['12', 12],
    ['', 0],
    [' 7 ', 7],
    ['1,200', 1200],
    ['1.200', 1200],
    ['1 200', 1200],
  ])('quantity %j is %d', (text, value) => {
    expect(parseQuantity(text)).toBe(value);
  });

  it.each(['-1', '1.5', 'ten', '12a', '1,2', '99999999999999999999', '9,007,199,254,740,993'])(
    'quantity %j is not a number (or not one that can be counted exactly)',
    (text) => {
      expect(parseQuantity(text)).toBeNull();
    },
  );

  it.each([
    ['6.36', 6.36],
    ['0.00', 0],
    ['', 0],
    ['1,50', 1.5],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['1,500', 1500],
    ['1.234.567', 1234567],
    ['-0.53', -0.53],
    ['12', 12],
    ['0.1234', 0.1234],
    ["1'234.50", 1234.5],
  ])('amount %j is %d', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it.each(['n/a', '$1.00', '1,2,3', '1.2.3,4,5', '--1'])('amount %j is not an amount', (text) => {
    expect(parseAmount(text)).toBeNull();
  });

  it.each([
    ['2025-11-02T08:01:10+00:00', Date.UTC(2025, 10, 2, 8, 1, 10)],
    ['2025-11-02T09:01:10+01:00', Date.UTC(2025, 10, 2, 8, 1, 10)],
    ['2025-11-02T09:01:10+0100', Date.UTC(2025, 10, 2, 8, 1, 10)],
    ['2025-11-02T08:01:10Z', Date.UTC(2025, 10, 2, 8, 1, 10)],
    ['2025-11-02', Date.UTC(2025, 10, 2)],
    ['02.11.2025', Date.UTC(2025, 10, 2)],
  ])('date %j', (text, time) => {
    expect(parseReportDate(text)).toBe(time);
  });

  it.each(['03/04/2025', 'Nov 2, 2025', '31.02.2025', '2025-13-01', ''])('date %j is not read', (text) => {
    expect(parseReportDate(text)).toBeNull();
  });
});

describe('file sniffing', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);

  it('recognizes binary formats by their first bytes', () => {
    expect(sniffBinary(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d))).toBe('image');
    expect(sniffBinary(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image');
    expect(sniffBinary(new TextEncoder().encode('%PDF-1.7'))).toBe('pdf');
    expect(sniffBinary(bytes(0x50, 0x4b, 0x03, 0x04))).toBe('spreadsheet');
    expect(sniffBinary(bytes(0x1f, 0x8b, 0x08))).toBe('archive');
    expect(sniffBinary(bytes(0x61, 0x00, 0x62))).toBe('binary');
    expect(sniffBinary(new TextEncoder().encode('order-id\torder-status\n'))).toBeNull();
  });

  it('reads UTF-16 text with a byte-order mark as text', () => {
    const utf16 = bytes(0xff, 0xfe, 0x6f, 0x00, 0x72, 0x00);
    expect(sniffBinary(utf16)).toBeNull();
    expect(encodingOf(utf16)).toBe('utf-16le');
  });

  it('falls back to Windows-1252 only when the bytes are not UTF-8', () => {
    expect(encodingOf(new TextEncoder().encode('KÜCHE'))).toBe('utf-8');
    expect(encodingOf(new TextEncoder().encode('KÜ').subarray(0, 2))).toBe('utf-8'); // cut character at the end
    expect(encodingOf(bytes(0x4b, 0xdc, 0x43, 0x48, 0x45))).toBe('windows-1252');
  });

  it('finds the delimiter the header uses', () => {
    expect(delimiterOf('order-id\torder-status\tsku')).toBe('\t');
    expect(delimiterOf('order-id,order-status,"sku, name"')).toBe(',');
    expect(delimiterOf('order-id;order-status;sku')).toBe(';');
    expect(delimiterOf('order-id')).toBeNull();
    expect(looksLikeMarkup('  <!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeMarkup('order-id\t<b>')).toBe(false);
  });
});
