import { describe, expect, it } from 'vitest';
import { outcomesWorkbookUrl } from './download';

describe('the promotion outcomes workbook', () => {
  it('is at the export endpoint of the competition', () => {
    expect(outcomesWorkbookUrl('Competition:12')).toBe('/exports/competitions/Competition%3A12/promotion-outcomes.xlsx');
  });
});
