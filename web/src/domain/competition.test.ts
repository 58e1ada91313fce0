import { describe, expect, it } from 'vitest';
import { apiEnum } from '../i18n/rawEnumCodes';
import { enumName, registrationStatusColors, registrationStatuses, takesPart } from './competition';

describe('a registration’s status', () => {
  it('is named as the roster names it, in both languages, for every status of the API', () => {
    expect([...registrationStatuses].sort()).toEqual(apiEnum('RegistrationStatus').sort());
    expect(registrationStatuses.map((status) => enumName('registrationStatus', status, 'zh-CN'))).toEqual(['待审核', '已确认', '已退赛', '已取消资格']);
    expect(registrationStatuses.map((status) => enumName('registrationStatus', status, 'en'))).toEqual(['Pending', 'Confirmed', 'Withdrawn', 'Disqualified']);
    expect(registrationStatuses.map((status) => registrationStatusColors[status])).toEqual(['gold', 'green', 'default', 'red']);
  });

  it('takes part while pending or confirmed, not once withdrawn or disqualified', () => {
    expect(registrationStatuses.filter(takesPart)).toEqual(['PENDING', 'APPROVED']);
    expect(takesPart('MERGED')).toBe(false); // a status this front end does not know yet is left out, as the API would not mark it
  });
});
