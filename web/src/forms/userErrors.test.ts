import { describe, expect, it } from 'vitest';
import { hasValueAt, messageWithoutPath, splitUserErrors, toFieldName } from './userErrors';

describe('userErrors → form fields', () => {
  const values = {
    name: '焊工',
    rounds: [{ code: 'F', modules: [{ code: 'T', weight: -1 }, { code: 'P', weight: 0.7, aspects: [{ code: 'P1', maxMark: 0 }] }] }],
    awards: [],
  };
  const hasField = (name: (string | number)[]) => hasValueAt(values, name);

  it('turns a path into a form field name with numeric indexes', () => {
    expect(toFieldName(['rounds', '0', 'modules', '1', 'weight'])).toEqual(['rounds', 0, 'modules', 1, 'weight']);
  });

  it("shows each error next to the field it names, without the API's path prefix", () => {
    const split = splitUserErrors(
      [
        { field: ['rounds', '0', 'modules', '0', 'weight'], message: 'rounds[0].modules[0].weight: must not be negative' },
        { field: ['rounds', '0', 'modules', '1', 'aspects', '0', 'maxMark'], message: 'rounds[0].modules[1].aspects[0].maxMark: must be above 0' },
        { field: ['name'], message: 'name: must not be blank' },
      ],
      { hasField },
    );
    expect(split.fields).toEqual([
      { name: ['rounds', 0, 'modules', 0, 'weight'], errors: ['must not be negative'] },
      { name: ['rounds', 0, 'modules', 1, 'aspects', 0, 'maxMark'], errors: ['must be above 0'] },
      { name: ['name'], errors: ['must not be blank'] },
    ]);
    expect(split.others).toEqual([]);
  });

  it('keeps errors without a field, or naming no field of the form, for an alert with their path', () => {
    const split = splitUserErrors(
      [
        { field: null, message: 'only organizers create events' },
        { field: ['awards', '2'], message: 'awards[2]: an award needs a rank band, a percent band or a minimum total' },
        { field: ['competitionId'], message: 'competitionId: no competition Q29t' },
      ],
      { hasField },
    );
    expect(split.fields).toEqual([]);
    expect(split.others).toHaveLength(3);
    expect(split.others[1]).toContain('awards[2]');
  });

  it('strips the leading path of a one-item form', () => {
    const form = { name: '', nationalId: '110101199003071234' };
    const split = splitUserErrors(
      [
        { field: ['competitors', '0', 'nationalId'], message: 'competitors[0].nationalId: the check character should be 5, not 4' },
        { field: ['eventId'], message: 'eventId: registration is closed: the competition is FINAL' },
      ],
      { prefix: ['competitors', '0'], hasField: (name) => hasValueAt(form, name) },
    );
    expect(split.fields).toEqual([{ name: ['nationalId'], errors: ['the check character should be 5, not 4'] }]);
    expect(split.others).toEqual(['eventId: registration is closed: the competition is FINAL']);
  });

  it('gathers two errors on one field', () => {
    const split = splitUserErrors(
      [
        { field: ['name'], message: 'name: must not be blank' },
        { field: ['name'], message: 'name: too long' },
      ],
      { hasField },
    );
    expect(split.fields).toEqual([{ name: ['name'], errors: ['must not be blank', 'too long'] }]);
  });

  it('leaves a message without a path as it is', () => {
    expect(messageWithoutPath({ field: null, message: 'a: b' })).toBe('a: b');
    expect(messageWithoutPath({ field: ['x'], message: 'x: must be set' })).toBe('must be set');
  });
});
