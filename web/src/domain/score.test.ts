import { describe, expect, it } from 'vitest';
import { decimalsOf, formatMark, formatMarkRange, formatScore, formatWeight, markProblem, noValue } from './score';

describe('formatScore', () => {
  it("pads to the event's decimals, as on a results sheet", () => {
    expect(formatScore(85.5, 2)).toBe('85.50');
    expect(formatScore(85, 2)).toBe('85.00');
    expect(formatScore(92.125, 3)).toBe('92.125');
    expect(formatScore(7, 0)).toBe('7');
  });

  it('keeps the value the API rounded (no binary drift)', () => {
    expect(formatScore(2.675, 3)).toBe('2.675');
    expect(formatScore(1.005, 3)).toBe('1.005');
    expect(formatScore(0.1 + 0.2, 2)).toBe('0.30');
  });

  it('does not group thousands: a diving total reads 1000.55', () => {
    expect(formatScore(1000.55, 2)).toBe('1000.55');
    expect(formatScore(1000.55, 2, 'en')).toBe('1000.55');
  });

  it('shows a dash when there is no score', () => {
    expect(formatScore(null, 2)).toBe(noValue);
    expect(formatScore(undefined, 2)).toBe('—');
    expect(formatScore(Number.NaN, 2)).toBe('—');
  });
});

describe('marks', () => {
  it('shows a mark as given, without padding', () => {
    expect(formatMark(8.5)).toBe('8.5');
    expect(formatMark(10)).toBe('10');
    expect(formatMark(7.25)).toBe('7.25');
    expect(formatMark(null)).toBe('—');
  });

  it('shows the allowed range', () => {
    expect(formatMarkRange(10)).toBe('0–10');
    expect(formatMarkRange(3)).toBe('0–3');
    expect(formatMarkRange(2.5)).toBe('0–2.5');
  });

  it('shows module weights as percentages', () => {
    expect(formatWeight(0.3)).toBe('30%');
    expect(formatWeight(0.7)).toBe('70%');
    expect(formatWeight(1)).toBe('100%');
    expect(formatWeight(0.125)).toBe('12.5%');
  });

  it("checks a mark as submitMarks does: 0 to the aspect's maximum, at most 4 decimals", () => {
    expect(markProblem(undefined, 10)).toBe('missing');
    expect(markProblem(-1, 10)).toBe('belowZero');
    expect(markProblem(10.5, 10)).toBe('aboveMax');
    expect(markProblem(8.12345, 10)).toBe('tooManyDecimals');
    expect(markProblem(0, 10)).toBeNull();
    expect(markProblem(10, 10)).toBeNull();
    expect(markProblem(8.1234, 10)).toBeNull();
  });

  it('counts decimals, also of tiny numbers written with an exponent', () => {
    expect(decimalsOf(8)).toBe(0);
    expect(decimalsOf(8.25)).toBe(2);
    expect(decimalsOf(1e-7)).toBe(7);
  });
});
