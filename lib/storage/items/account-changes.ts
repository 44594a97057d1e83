/**
 * Changes for the worse the worker noticed (`local:accountChanges`; rules in
 * lib/account-health/changes.ts) and when the seller last looked at them (`local:changesSeenAt`).
 * Derived: they point at what the state and rating histories keep, which backups carry.
 */
import * as z from 'zod/mini';
import { type AccountChange, accountChangeSchema } from '@/lib/account-health/changes';
import { defineValidatedItem } from '../stored-item';

export const accountChangesItem = defineValidatedItem<AccountChange[]>({
  key: 'local:accountChanges',
  schema: z.array(accountChangeSchema),
  fallback: [],
  version: 1,
  backup: 'derived',
});

export const changesSeenAtItem = defineValidatedItem<number>({
  key: 'local:changesSeenAt',
  schema: z.number(),
  fallback: 0,
  version: 1,
  backup: 'derived',
});
