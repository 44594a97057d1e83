import type { MessageKey, Translate } from './translate';

const FAMILY = /^(?:(?:sync|local):)?(case|caseRecord|caseDetail|progress|poa|removal:seen):(.+)$/;

const FAMILY_LABEL: Readonly<Record<string, MessageKey>> = {
  case: 'backupKindCase',
  caseRecord: 'backupKindCase',
  caseDetail: 'backupKindCaseDetail',
  progress: 'backupKindChecklist',
  poa: 'backupKindPoa',
  'removal:seen': 'backupKindRemovals',
};

const SINGLE_LABEL: Readonly<Record<string, MessageKey>> = {
  settings: 'backupKindSettings',
  quarantine: 'backupKindQuarantine',
  'removal:disposal': 'backupKindDisposal',
  userPhrases: 'backupKindPhrases',
};

/**
 * What a storage key holds, in the seller's words: "Case 20424098481", "Settings". Keys come
 * with their area ("sync:case:…", as backups and the set-aside list name them) or without it
 * (as notices do). A key with no label of its own is shown as it is.
 */
export function storedItemLabel(t: Translate, key: string): string {
  const family = FAMILY.exec(key);
  if (family?.[1] && family[2] !== undefined) {
    const label = FAMILY_LABEL[family[1]];
    if (label) return t(label, family[2]);
  }
  const single = SINGLE_LABEL[key.replace(/^(?:sync|local):/, '')];
  return single ? t(single) : key;
}
