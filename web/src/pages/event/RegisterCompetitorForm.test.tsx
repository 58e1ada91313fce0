import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { fakeApi } from '../../test/fakeApi';
import type { OrganizerEvent } from './EventPage';
import { RegisterCompetitorForm } from './RegisterCompetitorForm';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

/** The form of an individual event of a competition of `kind`, against a fake API that registers what it is sent. */
function show(kind: 'LABOR' | 'SKILL') {
  const api = fakeApi((name, variables) => {
    if (name === 'RegisterCompetitors') {
      const [competitor] = (variables.input as { competitors: { name: string }[] }).competitors;
      return { registerCompetitors: { registrations: [{ id: 'Registration:1', bib: '1', competitor: { id: 'Person:1', name: competitor.name } }], userErrors: [] } };
    }
    throw new Error(`unexpected ${name}`);
  });
  const onRegistered = vi.fn();
  const event = { id: 'Event:3', format: 'INDIVIDUAL', teamSize: 1, competition: { id: 'Competition:7', name: '2026年莱芜区重点工程劳动竞赛', kind, status: 'REGISTRATION' } } as OrganizerEvent;
  render(
    <AntApp>
      <Provider value={api.client}>
        <RegisterCompetitorForm event={event} onRegistered={onRegistered} />
      </Provider>
    </AntApp>,
  );
  return { api, onRegistered };
}

const sentCompetitors = (api: ReturnType<typeof fakeApi>) =>
  api.operations.filter((op) => op.name === 'RegisterCompetitors').map((op) => (op.variables.input as { competitors: unknown[] }).competitors);

async function register(name: string) {
  fireEvent.change(screen.getByLabelText('姓名'), { target: { value: name } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /登\s?记/ }));
  });
}

describe('登记选手', { timeout: 60_000 }, () => {
  it('asks a labor competition’s unit how many of its workers take part, says what it counts, and sends it', async () => {
    const { api, onRegistered } = show('LABOR');
    const workers = await screen.findByLabelText('参赛职工人数');
    expect(screen.getByText(/计入统计的“参赛职工人次”/)).toBeDefined();

    fireEvent.change(workers, { target: { value: '120' } });
    await register('一标段项目部');

    await waitFor(() => expect(onRegistered).toHaveBeenCalled());
    expect(sentCompetitors(api)).toEqual([[expect.objectContaining({ name: '一标段项目部', participants: 120 })]]);
  });

  it('leaves the figure out when it is not given', async () => {
    const { api, onRegistered } = show('LABOR');
    await screen.findByLabelText('参赛职工人数');
    await register('二标段项目部');

    await waitFor(() => expect(onRegistered).toHaveBeenCalled());
    expect(sentCompetitors(api)).toEqual([[expect.objectContaining({ name: '二标段项目部', participants: undefined })]]); // not sent: the registered persons count
  });

  it('does not ask it in a skill competition', async () => {
    const { api, onRegistered } = show('SKILL');
    await screen.findByLabelText('姓名');
    expect(screen.queryByLabelText('参赛职工人数')).toBeNull();
    await register('赵磊');

    await waitFor(() => expect(onRegistered).toHaveBeenCalled());
    expect(sentCompetitors(api)[0][0]).not.toHaveProperty('participants');
  });

  it('reads in English', async () => {
    show('LABOR');
    await act(async () => {
      await changeLanguage('en');
    });
    expect(await screen.findByLabelText('Workers taking part')).toBeDefined();
    expect(screen.getByText(/counted in the statistics’ worker participations/)).toBeDefined();
  });
});
