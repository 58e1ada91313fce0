import { describe, expect, it } from 'vitest';
import { formatPersonName } from './personName';

describe('formatPersonName', () => {
  const liMinghua = { givenName: '明华', familyName: '李' };

  it('puts the family name first without a space in Chinese', () => {
    expect(formatPersonName(liMinghua, 'zh-CN', 'organizer')).toBe('李明华');
  });

  it('puts the given name first in English', () => {
    expect(formatPersonName({ givenName: 'Minghua', familyName: 'Li' }, 'en', 'organizer')).toBe('Minghua Li');
  });

  it('shows whichever part is known', () => {
    expect(formatPersonName({ givenName: 'Minghua' }, 'en', 'organizer')).toBe('Minghua');
    expect(formatPersonName({ familyName: '李' }, 'zh-CN', 'organizer')).toBe('李');
  });

  it('falls back to the username when the token carries no name', () => {
    expect(formatPersonName({}, 'zh-CN', 'partner')).toBe('partner');
  });
});
