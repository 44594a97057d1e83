/** How much rating history is kept day by day; older days are folded into one summary per month. */
export const RATING_DAYS_KEPT = 731;
