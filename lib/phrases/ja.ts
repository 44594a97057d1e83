/**
 * Japanese account-state wording (sellercentral.amazon.co.jp, sellercentral-japan.amazon.com).
 * Source: the Amazon.co.jp deactivation notice as Japanese sellers quote it ("出品用アカウントは
 * 停止されました", "出品用アカウントは閉鎖されています", "お振り込みは留保されます") and Seller
 * Central help in ja_JP ("アカウント健全性", "審査中", "出品権限").
 * Unconfirmed: the review, at-risk and verification sentences, the other deactivation variants and
 * every Account Health Rating word (the help names the page アカウント健全性, not the rating).
 */
import type { PhraseTable } from './types';

export const ja: PhraseTable = {
  language: 'ja',
  source: 'Amazon.co.jp notices quoted by sellers; Seller Central help (ja_JP)',
  states: {
    deactivated: [
      'アカウントは停止されました',
      'アカウントは閉鎖されています',
      { text: 'アカウントが停止されました', unconfirmed: true },
      { text: '出品権限が停止されました', unconfirmed: true },
      { text: '出品権限を取り消しました', unconfirmed: true },
    ],
    'on-hold': [
      'お振り込みは留保されます',
      { text: '売上金の支払いを保留', unconfirmed: true },
      { text: '支払いが保留されています', unconfirmed: true },
      { text: '売上金が保留されています', unconfirmed: true },
    ],
    'under-review': [
      { text: 'アカウントは審査中', unconfirmed: true },
      { text: 'アカウントが審査中', unconfirmed: true },
      { text: 'アカウントの審査を行っています', unconfirmed: true },
    ],
    'at-risk': [
      { text: 'アカウント停止のリスクがあります', unconfirmed: true },
      { text: 'アカウントが停止されるリスク', unconfirmed: true },
    ],
    'verification-required': [
      { text: '本人確認が必要', unconfirmed: true },
      { text: '本人確認を完了してください', unconfirmed: true },
      { text: '身元確認が必要', unconfirmed: true },
    ],
  },
  notAccountState: ['出品が停止されました', '出品は停止されました'],
  accountHealthRating: {
    labels: [{ text: 'アカウント健全性評価', unconfirmed: true }],
    healthy: [
      { text: '良好', unconfirmed: true },
      { text: '健全', unconfirmed: true },
    ],
    atRisk: [
      { text: 'リスクあり', unconfirmed: true },
      { text: '要注意', unconfirmed: true },
    ],
    critical: [
      { text: '不健全', unconfirmed: true },
      { text: '危険', unconfirmed: true },
    ],
  },
};
