import type { CaseDetail, CaseRecord } from '@/lib/cases/model';

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
/** 2025-05-03T10:00:00Z: tests never read the real clock. */
export const T0 = Date.UTC(2025, 4, 3, 10, 0, 0);

export function caseRecord(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: '20424098481',
    marketplace: 'sellercentral.amazon.de',
    topic: 'account-hold',
    title: 'Funds held after verification request',
    status: 'open',
    createdAt: T0,
    lastContactAt: T0,
    lastSentAt: T0,
    updatedAt: T0,
    deleted: false,
    ...overrides,
  };
}

export function caseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return { id: '20424098481', notes: '', notesUpdatedAt: 0, log: [], ...overrides };
}
