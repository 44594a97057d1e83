/** Words around a case's subject on Seller Central's case pages, and the topics a subject suggests. */
import type { CaseSubjectWords } from '@/lib/cases/case-words';

export const caseSubjects: CaseSubjectWords = {
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
