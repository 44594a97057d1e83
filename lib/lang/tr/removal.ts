/**
 * Turkish removal-order vocabulary.
 *
 * No Turkish source document is available: every word is best knowledge of the Turkish Seller Central wording for removal orders (kaldırma siparişleri) and is
 * unconfirmed.
 */
import type { RemovalVocabulary } from '@/lib/removal/vocabulary';

export const removal: RemovalVocabulary = {
  language: 'tr',
  statuses: {
    Planlanıyor: 'planning',
    Planlama: 'planning',
    Beklemede: 'pending',
    İşleniyor: 'processing',
    Tamamlandı: 'completed',
    'İptal edildi': 'cancelled',
    Gönderildi: 'shipped',
  },
  amazonInitiated: ['Amazon tarafından başlatıldı', 'Zorunlu kaldırma'],
  headers: {
    orderId: ['Sipariş numarası', 'Sipariş kimliği', 'Kaldırma siparişi kimliği'],
    status: ['Durum', 'Sipariş durumu'],
    orderType: ['Sipariş türü', 'Kaldırma türü'],
    orderSource: ['Sipariş kaynağı', 'Başlatan'],
  },
};

/** Words above that a source we trust confirms; every other word is best knowledge. Apart from the vocabulary: no content script ships it. */
export const removalConfirmed: readonly string[] = [];
