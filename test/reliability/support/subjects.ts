/**
 * The parsers and classifiers the reliability suite generates inputs for, in the order
 * docs/RELIABILITY.md lists them. Issue 7 asks for at least 10,000 generated cases for each.
 */
export const SUBJECTS = {
  'url-page-kind': 'URL → page kind (pageKindOf, pageContextOf, caseIdFromUrl)',
  'phrase-detection': 'Account-state phrase detection (createMatcher + classify)',
  'status-normalization': 'Removal status normalization (statusOf, verdictForText, quickCheck)',
  'removal-report': 'Removal Order Detail report parser (parseRemovalReport)',
  'case-id': 'Pasted case IDs (parseCaseId)',
  'poa-lint': 'Plan of Action linter (lintPoa)',
  'backup-import': 'Backup export and import (parseBackupText, previewImport, planImport, exportBackup)',
  'case-merge': 'Case merge across devices (mergeCaseRecordMaps, mergeLogs)',
  'storage-validation': 'Stored-value validation and quarantine (defineValidatedItem)',
} as const;

export type Subject = keyof typeof SUBJECTS;

export const SUBJECT_IDS = Object.keys(SUBJECTS) as Subject[];

/** Issue 7: "at least 10,000 generated cases for each parser and classifier". */
export const MIN_CASES_PER_SUBJECT = 10_000;
