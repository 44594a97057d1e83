/** Words around a case's subject on Seller Central's case pages, and the topics a subject suggests. */
import type { CaseSubjectWords } from '@/lib/cases/case-words';

export const caseSubjects: CaseSubjectWords = {
  subjectLabels: ['主题', '标题'],
  topics: {
    deactivation: ['停用', '暂停', '恢复账户'],
    'account-hold': ['冻结', '暂扣', '扣留'],
    verification: ['验证', '身份'],
    'under-review': ['审核', '审查'],
    'removal-order': ['移除订单', '移除', '弃置'],
    listing: ['商品详情页', 'asin', 'listing', '商品信息'],
  },
};
