/** Best knowledge of the case-page words in this language: not confirmed on a real Seller Central page. */
import type { CaseWords } from '@/lib/cases/case-words';

export const cases: CaseWords = {
  statusLabels: ['状态', '案例状态'],
  idLabels: ['案例id', '案例编号', '案例'],
  statuses: {
    'needs-attention': ['需要您采取措施', '等待您的回复', '需要操作'],
    resolved: ['已解决', '已关闭'],
    answered: ['已回复', '已答复'],
    open: ['处理中', '等待亚马逊处理', '已打开'],
  },
};
