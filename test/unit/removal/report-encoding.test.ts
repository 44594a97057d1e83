import { parseRemovalReport } from '@/lib/removal/report-parser';
import { encodingOf } from '@/lib/removal/report-sniff';

/** Windows-1252 bytes for text whose characters all sit in Latin-1. */
function windows1252(text: string): Blob {
  return new Blob([Uint8Array.from(text, (char) => char.charCodeAt(0))]);
}

describe('Windows-1252 reports', () => {
  it('reads an accented letter on the very last byte of a small file', async () => {
    const result = await parseRemovalReport(windows1252('order-id\torder-status\nLAST\tTerminé'));
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.orders.map((order) => [order.orderId, order.statusText, order.status])).toEqual([
      ['LAST', 'Terminé', 'completed'],
    ]);
  });

  it('reads an accented letter that first appears after the sniffed start of the file', async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `RMV${i}\tCompleted`);
    const text = ['order-id\torder-status', ...rows, 'LAST\tAnnullerad', ''].join('\n');
    expect(text.length).toBeGreaterThan(64 * 1024);
    const result = await parseRemovalReport(windows1252(text));
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.orders).toHaveLength(4001);
    expect(result.orders.at(-1)).toMatchObject({ orderId: 'LAST', statusText: 'Annullerad', status: 'cancelled' });
  });

  it('still takes a character cut at the end of a sample for UTF-8, but not at the end of a file', () => {
    const cut = new TextEncoder().encode('Planering väntande').slice(0, 12); // "ä" cut in half
    expect(encodingOf(cut)).toBe('utf-8');
    expect(encodingOf(cut, true)).toBe('windows-1252');
  });
});
