/**
 * Arabic removal-order vocabulary.
 *
 * No Arabic source document is available: every word is best knowledge of the Arabic Seller Central wording for removal orders (طلبات الإزالة) and is
 * unconfirmed.
 */
import type { RemovalVocabulary } from '@/lib/removal/vocabulary';

export const removal: RemovalVocabulary = {
  language: 'ar',
  statuses: {
    'قيد التخطيط': 'planning',
    معلق: 'pending',
    'قيد الانتظار': 'pending',
    'قيد المعالجة': 'processing',
    مكتمل: 'completed',
    ملغى: 'cancelled',
    'تم الإلغاء': 'cancelled',
    'تم الشحن': 'shipped',
  },
  amazonInitiated: ['بدأتها أمازون', 'بمبادرة من أمازون', 'إزالة إلزامية'],
  headers: {
    orderId: ['رقم الطلب', 'معرف الطلب', 'معرف طلب الإزالة'],
    status: ['الحالة', 'حالة الطلب'],
    orderType: ['نوع الطلب', 'نوع الإزالة'],
    orderSource: ['مصدر الطلب', 'بدأه'],
  },
};

/** Words above that a source we trust confirms; every other word is best knowledge. Apart from the vocabulary: no content script ships it. */
export const removalConfirmed: readonly string[] = [];
