import { act, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { bundleTexts, expectChineseOnly, expectMatchingTexts } from '../../test/bundleTexts';
import { fakeApi, renderAt } from '../../test/fakeApi';
import { EventPage } from './EventPage';
import './i18n';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

function registration(n: number, name: string, drawCode: string | null) {
  return {
    id: `Registration:${n}`,
    bib: String(n),
    drawCode,
    team: null,
    affiliation: '铜陵有色',
    status: 'APPROVED',
    statusReason: null,
    skillLevel: 'INTERMEDIATE',
    category: 'EMPLOYEE',
    participants: null,
    competitor: { id: `Person:${n}`, name, category: 'EMPLOYEE', skillLevel: 'INTERMEDIATE', nationalIdMasked: null },
    members: [{ id: `Person:${n}`, name }],
    registeredMembers: [],
  };
}

/** The event page of 焊工 in a competition of `status`, with its judging options, at `tab`. */
function show(status: string, options: { anonymousJudging: boolean; doubleEntry: boolean }, tab = 'scheme', drawn = true) {
  const api = fakeApi(() => ({
    event: {
      id: 'Event:1',
      name: '焊工',
      format: 'INDIVIDUAL',
      teamSize: 1,
      occupationCode: '6-18-02-04',
      conflictPolicy: 'BLOCK',
      scoreDecimals: 2,
      tieBreakModules: [],
      ...options,
      awards: [],
      rounds: [],
      competition: { id: 'Competition:1', name: '全市职工职业技能大赛', kind: 'SKILL', status },
      judges: [],
      registrations: { totalCount: 2, edges: [registration(1, '赵磊', drawn ? 'K7Q2' : null), registration(2, '钱芳', drawn ? 'M3X9' : null)].map((node) => ({ node })) },
    },
  }));
  render(renderAt(api.client, `/events/Event:1?tab=${tab}`, '/events/:id', <EventPage />, { username: 'organizer', roles: ['organizer'], loading: false }));
  return api;
}

const judgingItem = () => (screen.getByText('评分方式', { selector: '.ant-descriptions-item-label' }).closest('.ant-descriptions-item') as HTMLElement);
const columnOf = (title: string) => [...document.querySelectorAll('thead th')].findIndex((th) => th.textContent === title);

describe('the event’s judging options and draw codes', { timeout: 60_000 }, () => {
  it('shows 二次加密 and 双人录入 as read-only tags, with no way to change them', async () => {
    show('REGISTRATION', { anonymousJudging: true, doubleEntry: true });
    await screen.findByText('评分方式');
    expect(within(judgingItem()).getByText('二次加密：裁判只看到抽签号').closest('.ant-tag')).not.toBeNull();
    expect(within(judgingItem()).getByText('纸质评分表双人录入').closest('.ant-tag')).not.toBeNull();
    expect(within(judgingItem()).queryByRole('switch')).toBeNull();
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('says 常规评分 for an event with neither', async () => {
    show('REGISTRATION', { anonymousJudging: false, doubleEntry: false });
    await screen.findByText('评分方式');
    expect(within(judgingItem()).getByText('常规评分')).toBeDefined();
    expect(within(judgingItem()).queryByText('纸质评分表双人录入')).toBeNull();
  });

  it('shows each competitor’s draw code once the competition runs', async () => {
    show('RUNNING', { anonymousJudging: true, doubleEntry: false }, 'competitors');
    await screen.findByText('赵磊');
    const column = columnOf('抽签号');
    expect(column).toBeGreaterThan(-1);
    const row = screen.getByText('赵磊').closest('tr') as HTMLElement;
    expect(row.querySelectorAll('td')[column].textContent).toBe('K7Q2');
  });

  it('has no draw code column before the draw', async () => {
    show('REGISTRATION', { anonymousJudging: true, doubleEntry: false }, 'competitors', false);
    await screen.findByText('赵磊');
    expect(columnOf('抽签号')).toBe(-1);
  });

  it('shows a dash where no draw code came', async () => {
    show('SCORING_CLOSED', { anonymousJudging: false, doubleEntry: false }, 'competitors', false);
    await screen.findByText('赵磊');
    const row = screen.getByText('赵磊').closest('tr') as HTMLElement;
    expect(row.querySelectorAll('td')[columnOf('抽签号')].textContent).toBe('—');
  });

  it('speaks English to an English reader', async () => {
    show('RUNNING', { anonymousJudging: true, doubleEntry: true }, 'scheme');
    await screen.findByText('评分方式');
    await act(async () => {
      await changeLanguage('en');
    });
    expect(screen.getByText('Anonymous judging: judges see only draw codes')).toBeDefined();
    fireEvent.click(screen.getByRole('tab', { name: /Competitors/ }));
    expect((await screen.findAllByText('Draw code')).length).toBeGreaterThan(0);
  });
});

describe('the judging options’ texts (of the event facts)', () => {
  const judging = (texts: Map<string, string>) =>
    new Map([...texts].filter(([key]) => ['facts.judging', 'facts.anonymousJudging', 'facts.doubleEntry', 'facts.standardJudging', 'facts.judgingFixed'].includes(key)));
  const zh = judging(bundleTexts('zh-CN', 'event', 'facts'));
  const en = judging(bundleTexts('en', 'event', 'facts'));

  it('exist in both languages, with the same placeholders', () => {
    expect(zh.size).toBe(5);
    expectMatchingTexts(zh, en);
  });

  it('show Chinese readers no API code and no English words', () => expectChineseOnly(zh));
});
