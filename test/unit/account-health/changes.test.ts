import { describe, expect, it } from 'vitest';
import { CHANGES_KEPT, isWorseState, thresholdCrossed, unseenChanges, withChange } from '@/lib/account-health/changes';

describe('changes for the worse', () => {
  it('are a new state or a more severe one, never a milder one or healthy', () => {
    expect(isWorseState(null, 'at-risk')).toBe(true);
    expect(isWorseState('at-risk', 'deactivated')).toBe(true);
    expect(isWorseState('deactivated', 'at-risk')).toBe(false);
    expect(isWorseState('on-hold', 'on-hold')).toBe(false);
    expect(isWorseState('on-hold', null)).toBe(false);
  });

  it('count a rating falling below 200 or 100, the lowest threshold crossed', () => {
    expect(thresholdCrossed(250, 150)).toBe(200);
    expect(thresholdCrossed(150, 90)).toBe(100);
    expect(thresholdCrossed(250, 50)).toBe(100);
    expect(thresholdCrossed(200, 199)).toBe(200);
    expect(thresholdCrossed(150, 120)).toBeNull();
    expect(thresholdCrossed(90, 250)).toBeNull();
    expect(thresholdCrossed(null, 50)).toBeNull();
    expect(thresholdCrossed(250, null)).toBeNull();
  });

  it('are kept newest last and bounded, and unseen once newer than the last look', () => {
    let list = withChange([], { marketplace: 'DE', at: 1, state: 'on-hold' });
    for (let at = 2; at <= CHANGES_KEPT + 5; at++) list = withChange(list, { marketplace: 'DE', at, state: 'at-risk' });
    expect(list).toHaveLength(CHANGES_KEPT);
    expect(list.at(-1)?.at).toBe(CHANGES_KEPT + 5);
    expect(unseenChanges(list, CHANGES_KEPT + 3).map((change) => change.at)).toEqual([
      CHANGES_KEPT + 4,
      CHANGES_KEPT + 5,
    ]);
  });
});
