/**
 * Each marketplace's latest rating and recent trend (`local:ratingTrend:<code>`), written by the
 * worker with the history it summarizes (lib/account-health/rating-trend.ts). Its own file: the
 * popup's first screen reads it without the history's code.
 */
import * as z from 'zod/mini';
import { type RatingTrend, ratingTrendSchema } from '@/lib/account-health/rating-trend';
import { MARKETPLACE_CODES } from '@/lib/marketplaces';
import { defineItemFamily } from '../stored-item';

export const ratingTrends = defineItemFamily<RatingTrend | null>({
  prefix: 'local:ratingTrend:',
  likelyIds: MARKETPLACE_CODES,
  schema: z.nullable(ratingTrendSchema),
  fallback: null,
  version: 1,
  backup: 'derived',
});
