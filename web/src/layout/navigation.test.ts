import { describe, expect, it } from 'vitest';
import { navEntries, selectedEntry } from './navigation';

const paths = (roles: string[]) => navEntries(roles).map((entry) => entry.path);

describe('navigation', () => {
  it('gives each role its entries', () => {
    // organizers may mark and act as HR (access.ts)
    expect(paths(['organizer'])).toEqual(['/', '/competitions', '/labor/reviews', '/labor/statistics', '/judge', '/hr', '/organizations']);
    expect(navEntries(['organizer'])[1].label).toBe('nav.competitions');
    expect(paths(['judge'])).toEqual(['/', '/competitions', '/judge']);
    expect(paths(['scorekeeper'])).toContain('/judge');
    expect(paths(['chief-judge'])).toContain('/judge');
    expect(paths(['hr'])).toEqual(['/', '/competitions', '/labor/statistics', '/hr', '/organizations']);
    expect(paths(['admin'])).toEqual(['/', '/competitions', '/labor/reviews', '/labor/statistics', '/organizations']);
    expect(paths(['competitor'])).toEqual(['/', '/competitions', '/me']);
    expect(paths(['viewer'])).toEqual(['/', '/competitions']);
    expect(navEntries(['viewer'])[1].label).toBe('nav.competitionsViewer');
  });

  it('marks the entry a page belongs to', () => {
    const entries = navEntries(['organizer', 'judge']);
    expect(selectedEntry(entries, '/')).toBe('/');
    expect(selectedEntry(entries, '/competitions/Q29tcGV0aXRpb246MQ')).toBe('/competitions');
    expect(selectedEntry(entries, '/events/RXZlbnQ6MQ')).toBe('/competitions');
    expect(selectedEntry(entries, '/judge/events/1')).toBe('/judge');
    expect(selectedEntry(entries, '/labor/reviews')).toBe('/labor/reviews');
    expect(selectedEntry(entries, '/labor/events/RXZlbnQ6MQ/assess/P1')).toBe('/competitions');
    expect(selectedEntry(entries, '/labor/competitions/Q29tcGV0aXRpb246Nw/commendations')).toBe('/competitions');
    expect(selectedEntry(entries, '/judgement')).toBeUndefined();
  });
});
