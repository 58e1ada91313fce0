import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, renderAt } from '../../test/fakeApi';
import { EventWizardPage } from './EventWizardPage';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

describe('EventWizardPage', { timeout: 60_000 }, () => {
  it('creates an event whose second round is a copy of the first, with the difficulty of each aspect', async () => {
    const api = fakeApi((name) =>
      name === 'WizardCompetition'
        ? { competition: { id: 'Competition:1', name: '重点工程劳动竞赛', status: 'DRAFT' } }
        : { createEvent: { event: { id: 'Event:9', name: '焊工' }, userErrors: [] } },
    );
    render(
      renderAt(api.client, '/competitions/Competition:1/events/new', '/competitions/:id/events/new', <EventWizardPage />, {
        username: 'organizer',
        roles: ['organizer'],
        loading: false,
      }),
    );
    fireEvent.change(await screen.findByLabelText('赛项名称'), { target: { value: '焊工' } });
    fireEvent.click(screen.getByRole('button', { name: /下一步/ }));

    fireEvent.click(screen.getAllByRole('switch', { name: /难度系数/ })[1]);
    fireEvent.click(screen.getByRole('button', { name: /复制到下一轮/ }));
    await waitFor(() => expect(screen.getAllByDisplayValue('尺寸精度')).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: /下一步/ }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /创建赛项/ }));
    });

    await waitFor(() => expect(api.operations.some((o) => o.name === 'CreateEvent')).toBe(true));
    const input = api.operations.find((o) => o.name === 'CreateEvent')!.variables.input as {
      rounds: { code: string; modules: { aspects: { code: string; difficulty: boolean }[] }[] }[];
    };
    expect(input.rounds.map((r) => r.code)).toEqual(['F', 'R2']);
    expect(input.rounds[1].modules).toEqual(input.rounds[0].modules);
    expect(input.rounds[0].modules[1].aspects.map((a) => [a.code, a.difficulty])).toEqual([
      ['P1', true],
      ['P2', false],
      ['P3', false],
    ]);
  });
});
