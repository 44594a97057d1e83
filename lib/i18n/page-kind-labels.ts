import type { PageKind } from '@/lib/pages';
import type { MessageKey } from './translate';

/** messages.json keys cannot hold hyphens, so each page kind names its label key here. */
export const PAGE_KIND_LABEL: Readonly<Record<PageKind, MessageKey>> = {
  'account-health': 'pageKind_accountHealth',
  'performance-notifications': 'pageKind_performanceNotifications',
  'case-log': 'pageKind_caseLog',
  'case-view': 'pageKind_caseView',
  support: 'pageKind_support',
  'removal-create': 'pageKind_removalCreate',
  'removal-detail': 'pageKind_removalDetail',
  'removal-report': 'pageKind_removalReport',
  'manage-orders': 'pageKind_manageOrders',
  inventory: 'pageKind_inventory',
  help: 'pageKind_help',
  forums: 'pageKind_forums',
  home: 'pageKind_home',
  other: 'pageKind_other',
};
