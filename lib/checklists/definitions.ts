/**
 * The seven response checklists, in the order a seller works through them. Item ids are what
 * sync storage keeps, so they stay short and are never renamed. Wording lives in text/<lang>.ts.
 */
import type { ChecklistDefinition, ChecklistId } from './types';

const hold: ChecklistDefinition = {
  id: 'hold',
  items: [
    { id: 'read-notice', link: 'performance-notifications' },
    { id: 'check-health', link: 'account-health' },
    { id: 'name-cause', evidence: true },
    { id: 'gather-documents', evidence: true },
    { id: 'write-poa', workspace: 'poa' },
    { id: 'contact-support', link: 'case-log', evidence: true },
  ],
};

/** A review is decided on the documents asked for; a Plan of Action only if Amazon asks for one. */
const review: ChecklistDefinition = {
  id: 'review',
  items: [
    { id: 'read-notice', link: 'performance-notifications' },
    { id: 'check-health', link: 'account-health' },
    { id: 'gather-documents', evidence: true },
    { id: 'respond-case', link: 'case-log', evidence: true },
    { id: 'keep-fulfilling', link: 'manage-orders' },
    { id: 'follow-up', link: 'case-log' },
    { id: 'write-poa', workspace: 'poa' },
  ],
};

/** Verification ends with the right documents: nothing to appeal, no plan to write. */
const verification: ChecklistDefinition = {
  id: 'verification',
  items: [
    { id: 'read-notice', link: 'performance-notifications' },
    { id: 'check-details' },
    { id: 'gather-documents', evidence: true },
    { id: 'submit-documents', evidence: true },
    { id: 'follow-up', link: 'case-log' },
    { id: 'keep-fulfilling', link: 'manage-orders' },
  ],
};

const deactivated: ChecklistDefinition = {
  id: 'deactivated',
  items: [
    { id: 'read-reason', link: 'performance-notifications' },
    { id: 'check-health', link: 'account-health' },
    { id: 'name-cause', evidence: true },
    { id: 'write-poa', workspace: 'poa' },
    { id: 'prove-changes', evidence: true },
    { id: 'attach-documents', evidence: true },
    { id: 'submit-appeal', link: 'account-health', evidence: true },
    { id: 'expect-answer' },
  ],
};

const firstDays: ChecklistDefinition = {
  id: 'first-days',
  items: [
    { id: 'one-channel' },
    { id: 'calm-tone' },
    { id: 'no-new-account' },
    { id: 'do-not-ignore' },
    { id: 'open-orders', link: 'manage-orders', evidence: true },
    { id: 'read-policies' },
    { id: 'consider-help' },
    { id: 'plan-scenarios', evidence: true },
  ],
};

const whileOnHold: ChecklistDefinition = {
  id: 'while-on-hold',
  items: [
    { id: 'fulfil-orders', link: 'manage-orders' },
    { id: 'answer-buyers' },
    { id: 'keep-funds' },
    { id: 'keep-log', evidence: true },
    { id: 'screenshot-health', link: 'account-health', evidence: true },
    { id: 'fix-listings', link: 'inventory' },
    { id: 'fix-processes' },
    { id: 'follow-up', link: 'case-log' },
    { id: 'diversify' },
  ],
};

const prevention: ChecklistDefinition = {
  id: 'prevention',
  items: [
    { id: 'health-routine', link: 'account-health' },
    { id: 'notifications', link: 'performance-notifications' },
    { id: 'policy-updates' },
    { id: 'listing-audit', link: 'inventory', evidence: true },
    { id: 'answer-24h' },
    { id: 'stock-accuracy', link: 'inventory' },
    { id: 'quality-control', evidence: true },
  ],
};

export const CHECKLISTS: Readonly<Record<ChecklistId, ChecklistDefinition>> = {
  hold,
  review,
  verification,
  deactivated,
  'first-days': firstDays,
  'while-on-hold': whileOnHold,
  prevention,
};
