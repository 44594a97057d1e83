/** Best knowledge of the case-page words in this language: not confirmed on a real Seller Central page. */
import type { CaseWords } from '@/lib/cases/case-words';

export const cases: CaseWords = {
  statusLabels: ['الحالة', 'حالة الحالة'],
  idLabels: ['معرف الحالة', 'رقم الحالة'],
  statuses: {
    'needs-attention': ['إجراء مطلوب', 'في انتظار ردك'],
    resolved: ['تم الحل', 'مغلقة', 'مغلق'],
    answered: ['تم الرد'],
    open: ['قيد التنفيذ', 'قيد الانتظار', 'مفتوحة'],
  },
  subjectLabels: ['الموضوع'],
  topics: {
    deactivation: ['إلغاء تنشيط', 'تم إيقاف', 'إعادة تنشيط'],
    'account-hold': ['معلق', 'معلقة', 'احتجاز', 'حجز'],
    verification: ['التحقق', 'الهوية'],
    'under-review': ['مراجعة', 'قيد المراجعة'],
    'removal-order': ['طلب إزالة', 'إزالة', 'التخلص'],
    listing: ['عرض', 'صفحة المنتج', 'asin', 'صفحة التفاصيل'],
  },
};
