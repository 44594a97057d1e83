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
};
