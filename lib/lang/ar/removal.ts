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

/** Words above that no source we trust confirms. Kept out of the vocabulary: the content script does not ship them. */
export const removalUnconfirmed: readonly string[] = [
  'قيد التخطيط',
  'معلق',
  'قيد الانتظار',
  'قيد المعالجة',
  'مكتمل',
  'ملغى',
  'تم الإلغاء',
  'تم الشحن',
  'بدأتها أمازون',
  'بمبادرة من أمازون',
  'إزالة إلزامية',
  'رقم الطلب',
  'معرف الطلب',
  'معرف طلب الإزالة',
  'الحالة',
  'حالة الطلب',
  'نوع الطلب',
  'نوع الإزالة',
  'مصدر الطلب',
  'بدأه',
];
