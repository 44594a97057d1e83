/**
 * Every key the extension stores, once: each item, item family and raw key, with its backup
 * role. A new stored item is defined in the file of its feature and added here; backups
 * (fullBackupRegistry) and test/unit/storage-items.test.ts take it from this list.
 * Imported by the options page and tests only: the worker and the popup import the item files.
 */
import { backupRegistryOf, type StoredEntry } from '../backup-registry';
import { accountChangesItem, changesSeenAtItem } from './account-changes';
import { performanceNotices, policyHistories, ratingHistories } from './account-health';
import { dismissals, lastKnownStates, stateHistoryItem, userPhrasesItem } from './account-state';
import { importUndoKey } from './backup';
import {
  caseDetails,
  caseRecords,
  caseSyncWriteLogItem,
  casesMovedItem,
  followUpNotifiedItem,
  localCaseRecords,
} from './cases';
import { checklistProgressItems } from './checklists';
import { deadlines } from './deadlines';
import { poaDrafts } from './poa';
import { popupIntentItem, rememberedMarketItem } from './popup';
import { ratingTrends } from './rating-trends';
import { disposalEntriesItem, firedRemindersItem, seenOrdersFamily } from './removal';
import { settingsItem } from './settings';
import { noticesKey, quarantineKey, syncFallbacks } from './storage-problems';
import { tabReports } from './tabs';

/** In this order backups list their entries (schemaVersions), as the release before this list did. */
export const STORED_ITEMS: readonly StoredEntry[] = [
  caseRecords,
  localCaseRecords,
  caseDetails,
  settingsItem,
  quarantineKey,
  checklistProgressItems,
  poaDrafts,
  seenOrdersFamily,
  disposalEntriesItem,
  userPhrasesItem,
  ratingHistories,
  stateHistoryItem,
  policyHistories,
  performanceNotices,
  // Derived: rebuilt by the extension, not backed up.
  followUpNotifiedItem,
  casesMovedItem,
  caseSyncWriteLogItem,
  tabReports,
  lastKnownStates,
  ratingTrends,
  deadlines,
  accountChangesItem,
  changesSeenAtItem,
  dismissals,
  firedRemindersItem,
  popupIntentItem,
  rememberedMarketItem,
  noticesKey,
  syncFallbacks,
  importUndoKey,
];

/** Everything the extension keeps for the seller: every user-data and settings item. */
export function fullBackupRegistry() {
  return backupRegistryOf(STORED_ITEMS);
}
