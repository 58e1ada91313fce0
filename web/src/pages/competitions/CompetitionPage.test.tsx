import { act, cleanup, configure, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { fakeApi, renderAt } from '../../test/fakeApi';
import { CompetitionPage } from './CompetitionPage';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const event = (id: string, name: string, judges: number, competitors: number) => ({
  id,
  name,
  format: 'INDIVIDUAL',
  occupationCode: '6-18-01-01',
  judges: Array.from({ length: judges }, (_, i) => ({ id: `${id}-J${i}` })),
  registrations: { totalCount: competitors },
});

function show(roles: string[], kind = 'SKILL') {
  const api = fakeApi(() => ({
    competition: {
      id: 'Competition:1',
      name: '全市职工职业技能大赛',
      kind,
      level: 'MUNICIPAL_CLASS_II',
      status: 'SCORING_CLOSED',
      resultsVisibility: 'FROZEN',
      startsOn: '2026-05-01',
      endsOn: '2026-05-03',
      organization: { id: 'Organization:2', name: '济南市总工会', ancestors: [] },
      organizerName: '市总工会',
      approval: { status: 'APPROVED', pendingAt: null, approvedBy: { id: 'Organization:2', name: '济南市总工会' }, reviews: [] },
      events: [event('Event:1', '车工', 1, 2), event('Event:2', '焊工', 2, 1)],
    },
  }));
  render(renderAt(api.client, '/competitions/Competition:1', '/competitions/:id', <CompetitionPage />, { username: 'organizer', roles, loading: false }));
}

describe('CompetitionPage', { timeout: 60_000 }, () => {
  it('shows a Chinese reader names, never API codes', async () => {
    show(['organizer']);
    await screen.findByText('车工');

    expect(screen.getByText('1 名裁判')).toBeDefined();
    expect(screen.getAllByText('市级二类').length).toBeGreaterThan(0);
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('counts judges and competitors in English: 1 judge, 2 judges', async () => {
    show(['viewer']);
    await screen.findByText('车工');
    await act(async () => {
      await changeLanguage('en');
    });

    expect(screen.getByText('1 judge')).toBeDefined();
    expect(screen.getByText('2 judges')).toBeDefined();
    expect(screen.getByText('1 competitor')).toBeDefined();
    expect(screen.getByText('2 competitors')).toBeDefined();
    expect(screen.getAllByText('Municipal class II').length).toBeGreaterThan(0);
  });

  it('links a labor competition to its year-end commendation, for its organizers and HR', async () => {
    show(['hr'], 'LABOR');
    const link = await screen.findByRole('link', { name: /年终表扬/ });
    expect(link.getAttribute('href')).toBe('/labor/competitions/Competition%3A1/commendations');
  });

  it('offers the commendation neither to a viewer nor for a skill competition', async () => {
    show(['viewer'], 'LABOR');
    await screen.findByText('车工');
    expect(screen.queryByRole('link', { name: /年终表扬/ })).toBeNull();
    cleanup();

    show(['organizer']);
    await screen.findByText('车工');
    expect(screen.queryByRole('link', { name: /年终表扬/ })).toBeNull();
  });
});
