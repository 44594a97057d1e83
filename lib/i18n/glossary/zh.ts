import type { Glossary } from './types';

/**
 * Simplified Chinese: the words of Seller Central as sellers in mainland China see it (卖家平台,
 * zh_CN). Chinese has no inflection, so `forms` lists the spelling and the compounds the term
 * appears in; the brand names Amazon and Seller Central stay in Latin letters.
 */
export const glossary: Glossary = {
  removalOrder: {
    term: '移除订单',
    forms: '移除订单',
    avoid: ['撤除订单', '清除订单', '退仓订单', '退仓单', '移除单'],
  },
  disposal: {
    // The removal method "Dispose" and what Amazon does to unsellable units after 30 days.
    term: '弃置',
    forms: '弃置',
    avoid: ['销毁', '报废', '处置'],
  },
  accountHealth: {
    term: '账户状况',
    forms: '账户状况',
    avoid: ['账户健康', '账号健康', '帐户状况', '账户绩效页'],
  },
  caseLog: {
    term: '案例日志',
    forms: '案例日志',
    avoid: ['案件日志', '工单', '案例记录', '案例历史'],
  },
  planOfAction: {
    term: '行动计划',
    forms: '行动计划',
    avoid: ['整改计划', '改进计划', '改善计划', '行动方案', '申诉信'],
  },
  performanceNotifications: {
    term: '绩效通知',
    forms: '绩效通知',
    avoid: ['业绩通知', '表现通知', '绩效消息'],
  },
  deactivation: {
    term: '停用',
    forms: '停用',
    avoid: ['封号', '封店', '封禁', '封停'],
  },
  onHold: {
    // Best knowledge: Chinese Seller Central has no single fixed word for an account on hold; 冻结 is the word
    // Chinese sellers and translated account e-mails most often use. 暂停 is avoided: sellers read it as suspension.
    term: '冻结',
    forms: '冻结',
    avoid: ['暂停', '挂起', '搁置', '扣留'],
  },
  underReview: {
    term: '审核中',
    forms: '审核',
    avoid: ['审查中', '调查中', '核查中', '复查中'],
  },
  atRisk: {
    term: '有风险',
    forms: '风险',
    avoid: ['危险中', '岌岌可危', '濒危'],
  },
  appeal: {
    term: '申诉',
    forms: '申诉',
    avoid: ['上诉', '复议', '抗辩'],
  },
};
