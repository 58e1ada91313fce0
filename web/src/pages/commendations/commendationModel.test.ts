import { describe, expect, it } from 'vitest';
import { commendationsWorkbookUrl, nominationBar, nominationInput, quotaLeft, quotaUsed, shownNominations } from './commendationModel';

const unit = (quota: number, nominated: number, approved: number, vetoed = false) => ({ quota, nominated, approved, vetoed });

describe('a unit’s quota of 先进个人', () => {
  it('is taken by the nominations waiting and those approved, never below nothing left', () => {
    expect(quotaUsed(unit(3, 1, 1))).toBe(2);
    expect(quotaLeft(unit(3, 1, 1))).toBe(1);
    expect(quotaLeft(unit(1, 1, 1))).toBe(0); // a quota lowered below what is used elsewhere
  });

  it('lets the unit nominate while places are left, unless it was vetoed', () => {
    expect(nominationBar(unit(2, 1, 0))).toBeUndefined();
    expect(nominationBar(unit(0, 0, 0))).toBe('noQuota');
    expect(nominationBar(unit(2, 1, 1))).toBe('usedUp');
    expect(nominationBar(unit(0, 0, 0, true))).toBe('vetoed');
  });
});

describe('the nominations shown', () => {
  const nominations = [
    { id: '1', status: 'NOMINATED', registration: { id: 'Registration:1' } },
    { id: '2', status: 'WITHDRAWN', registration: { id: 'Registration:1' } },
    { id: '3', status: 'APPROVED', registration: { id: 'Registration:3' } },
  ];

  it('are those of the unit and the status picked, all when none is', () => {
    expect(shownNominations(nominations, {}).map((n) => n.id)).toEqual(['1', '2', '3']);
    expect(shownNominations(nominations, { registrationId: 'Registration:1' }).map((n) => n.id)).toEqual(['1', '2']);
    expect(shownNominations(nominations, { status: 'APPROVED' }).map((n) => n.id)).toEqual(['3']);
    expect(shownNominations(nominations, { registrationId: 'Registration:3', status: 'NOMINATED' })).toEqual([]);
  });
});

describe('a nomination as the API takes it', () => {
  it('is trimmed, with the national id number in its normal form and blanks left out', () => {
    expect(nominationInput('Registration:1', { name: ' 王工 ', nationalId: ' 11010519491231002x ', username: '  ', citation: ' 技术革新 \n' })).toEqual({
      registrationId: 'Registration:1',
      name: '王工',
      nationalId: '11010519491231002X',
      username: null,
      citation: '技术革新',
    });
    expect(nominationInput('Registration:1', { name: '张工', citation: '安全标兵', username: 'zhang' })).toMatchObject({ nationalId: null, username: 'zhang' });
  });
});

describe('the list of the commended', () => {
  it('is at the export endpoint of the competition', () => {
    expect(commendationsWorkbookUrl('Competition:7')).toBe('/exports/competitions/Competition%3A7/commendations.xlsx');
  });
});
