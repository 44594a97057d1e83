import type { Glossary } from './types';

/**
 * Japanese: the words of Seller Central on amazon.co.jp (セラーセントラル, ja_JP). Japanese has no
 * inflection of nouns, so `forms` lists the spellings and the compounds the term appears in.
 */
export const glossary: Glossary = {
  removalOrder: {
    term: '返送/所有権の放棄依頼',
    // Seller Central's short form (在庫の返送/所有権の放棄) names the same thing on tabs and buttons.
    forms: '返送/所有権の放棄',
    avoid: ['除去依頼', '撤去', '回収依頼', 'リムーバル'],
  },
  disposal: {
    term: '廃棄',
    // 廃棄 is what Amazon does to unsellable units; 所有権の放棄 is the removal-order type "Dispose".
    forms: '廃棄|所有権の放棄',
    avoid: ['処分', 'ディスポーザル', '廃却'],
  },
  accountHealth: {
    term: 'アカウント健全性',
    forms: 'アカウント健全性',
    avoid: ['アカウントヘルス', 'アカウントの健康', 'アカウント状態ページ'],
  },
  caseLog: {
    term: 'ケースログ',
    forms: 'ケースログ',
    avoid: ['ケース履歴', 'ケース記録', '問い合わせ履歴'],
  },
  planOfAction: {
    term: '改善計画書',
    forms: '改善計画',
    avoid: ['行動計画', 'アクションプラン', '対策計画'],
  },
  performanceNotifications: {
    term: 'パフォーマンスに関するお知らせ',
    forms: 'パフォーマンスに関するお知らせ',
    avoid: ['パフォーマンス通知', '業績通知', '実績通知'],
  },
  deactivation: {
    term: '停止',
    forms: '停止',
    avoid: ['凍結', '無効化', 'ディアクティベート'],
  },
  onHold: {
    term: '保留',
    forms: '保留',
    avoid: ['一時停止', 'ホールド', '差し止め'],
  },
  underReview: {
    term: '審査中',
    forms: '審査',
    avoid: ['レビュー中', '調査中', '精査中'],
  },
  atRisk: {
    term: 'リスクあり',
    forms: 'リスク',
    avoid: ['危険にさらされ', '要注意', '危機'],
  },
  appeal: {
    term: '申し立て',
    forms: '申し?立て',
    avoid: ['アピール', '上訴', '抗議', '嘆願', '復権請求'],
  },
};
