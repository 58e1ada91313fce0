import { describe, expect, it } from 'vitest';
import { formatPersonName } from './personName';

describe('formatPersonName', () => {
  it('writes a Chinese name family name first, without a space', () => {
    expect(formatPersonName({ givenName: '明华', familyName: '李' }, 'organizer')).toBe('李明华');
    expect(formatPersonName({ givenName: '磊', familyName: '赵' }, 'competitor')).toBe('赵磊');
  });

  it('writes a two-character family name first too', () => {
    expect(formatPersonName({ givenName: '小红', familyName: '欧阳' }, 'hr')).toBe('欧阳小红');
  });

  it('writes a name in Latin script "given family"', () => {
    expect(formatPersonName({ givenName: 'Minghua', familyName: 'Li' }, 'organizer')).toBe('Minghua Li');
    expect(formatPersonName({ givenName: 'Anna', familyName: 'Müller' }, 'judge2')).toBe('Anna Müller');
  });

  it('shows whichever part is known', () => {
    expect(formatPersonName({ givenName: 'Minghua' }, 'organizer')).toBe('Minghua');
    expect(formatPersonName({ familyName: '李' }, 'organizer')).toBe('李');
    expect(formatPersonName({ givenName: ' 明华 ', familyName: '' }, 'organizer')).toBe('明华');
  });

  it('falls back to the username when the token carries no name', () => {
    expect(formatPersonName({}, 'partner')).toBe('partner');
    expect(formatPersonName({ givenName: ' ', familyName: ' ' }, 'partner')).toBe('partner');
  });
});
