import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
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
    // the judging options, said even when off
    expect(api.operations.find((o) => o.name === 'CreateEvent')!.variables.input).toMatchObject({ anonymousJudging: false, doubleEntry: false });
    expect(input.rounds[1].modules).toEqual(input.rounds[0].modules);
    expect(input.rounds[0].modules[1].aspects.map((a) => [a.code, a.difficulty])).toEqual([
      ['P1', true],
      ['P2', false],
      ['P3', false],
    ]);
  });

  it('sends the judging options, fixed once created: off unless switched on, both on when switched', async () => {
    const api = fakeApi((name) =>
      name === 'WizardCompetition'
        ? { competition: { id: 'Competition:1', name: '全市职工职业技能大赛', status: 'REGISTRATION', kind: 'SKILL' } }
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
    const anonymous = screen.getByRole('switch', { name: '二次加密：裁判只看到抽签号' });
    const double = screen.getByRole('switch', { name: '纸质评分表双人录入' });
    expect(anonymous.getAttribute('aria-checked')).toBe('false');
    expect(double.getAttribute('aria-checked')).toBe('false');
    expect(screen.getByText('创建赛项后不能再更改。')).toBeDefined();
    fireEvent.click(anonymous);
    fireEvent.click(double);
    // another preset keeps them
    fireEvent.click(screen.getByRole('radio', { name: /五名裁判去掉最高最低分/ }));
    await waitFor(() => expect(screen.getByRole('switch', { name: '二次加密：裁判只看到抽签号' }).getAttribute('aria-checked')).toBe('true'));

    fireEvent.click(screen.getByRole('button', { name: /下一步/ }));
    fireEvent.click(screen.getByRole('button', { name: /下一步/ }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /创建赛项/ }));
    });
    await waitFor(() => expect(api.operations.some((o) => o.name === 'CreateEvent')).toBe(true));
    const input = api.operations.find((o) => o.name === 'CreateEvent')!.variables.input as { anonymousJudging: boolean; doubleEntry: boolean };
    expect([input.anonymousJudging, input.doubleEntry]).toEqual([true, true]);
  });

  // A labor template's four quarters make a large form: query it by text, display value and id, never by label or
  // role over the whole page (happy-dom walks the whole document for every input's label).
  it('offers a labor competition the labor templates with their sources, and creates the 六比一创 quarters, base scores, cap and vetoes', async () => {
    const api = fakeApi((name) =>
      name === 'WizardCompetition'
        ? { competition: { id: 'Competition:2', name: '某高速公路重点工程劳动竞赛', status: 'DRAFT', kind: 'LABOR', startsOn: '2027-03-01' } }
        : { createEvent: { event: { id: 'Event:10', name: '土建一标段' }, userErrors: [] } },
    );
    render(
      renderAt(api.client, '/competitions/Competition:2/events/new', '/competitions/:id/events/new', <EventWizardPage />, {
        username: 'organizer',
        roles: ['organizer'],
        loading: false,
      }),
    );
    const presets = (await screen.findByText('常用赛制预设')).closest('.ant-form-item') as HTMLElement;
    fireEvent.change(document.getElementById('name')!, { target: { value: '土建一标段' } });

    const offered = within(presets)
      .getAllByRole('radio')
      .map((radio) => radio.closest('label')?.querySelector('strong')?.textContent);
    expect(offered).toEqual([
      '重点工程劳动竞赛 “六比一创”',
      '重大发展战略劳动竞赛 “五比”',
      '完成中心工作劳动竞赛 “四比”',
      '办事服务窗口劳动竞赛 “四个一流”',
      '车间岗位练兵、技术比武',
      '空白',
    ]);
    // 六比一创 first, filled in for the competition's year; each template with its source under it
    expect((within(presets).getByRole('radio', { name: /六比一创/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByDisplayValue('质量检查扣分')).toHaveLength(4);
    expect(screen.getByDisplayValue('2027-10-01')).toBeDefined();
    expect(within(presets).getByText(/^依据：全总《重大工程建设劳动和技能竞赛工作指南》（2018年）/)).toBeDefined();
    expect(within(presets).getByText(/闽工〔2018〕24号/)).toBeDefined();
    expect(within(presets).queryByText('理论30% + 实操70%')).toBeNull();

    const button = (text: RegExp) => screen.getByText(text, { selector: 'button span' }).closest('button')!;
    fireEvent.click(button(/下一步/));
    fireEvent.click(button(/下一步/));
    await act(async () => {
      fireEvent.click(button(/创建赛项/));
    });

    await waitFor(() => expect(api.operations.some((o) => o.name === 'CreateEvent')).toBe(true));
    type Sent = {
      name: string;
      rounds: {
        code: string;
        startsOn?: string;
        endsOn?: string;
        rankingIncludes: string[];
        modules: { code: string; baseScore?: number; maxScore?: number; aspects: { code: string; effect: string; maxMark: number }[] }[];
      }[];
      awards: { name: string }[];
    };
    const input = api.operations.find((o) => o.name === 'CreateEvent')!.variables.input as Sent;
    expect(input.name).toBe('土建一标段');
    // the quarters of the competition's year, each ranked on the year so far
    expect(input.rounds.map((r) => [r.code, r.startsOn, r.endsOn, r.rankingIncludes])).toEqual([
      ['Q1', '2027-01-01', '2027-03-31', []],
      ['Q2', '2027-04-01', '2027-06-30', ['Q1']],
      ['Q3', '2027-07-01', '2027-09-30', ['Q1', 'Q2']],
      ['Q4', '2027-10-01', '2027-12-31', ['Q1', 'Q2', 'Q3']],
    ]);
    const q4 = input.rounds[3].modules;
    expect(q4.map((m) => [m.code, m.baseScore, m.maxScore, m.aspects.map((a) => a.effect).join()])).toEqual([
      ['Q', 20, undefined, 'DEDUCT'],
      ['P', 20, undefined, 'DEDUCT'],
      ['S', 20, undefined, 'DEDUCT'],
      ['I', 10, undefined, 'DEDUCT'],
      ['M', 15, undefined, 'DEDUCT'],
      ['L', 15, undefined, 'DEDUCT'],
      ['B', 0, 10, 'ADD,ADD,ADD'],
      ['V', 0, undefined, 'VETO,VETO'],
    ]);
    expect(q4[7].aspects.map((a) => a.maxMark)).toEqual([1, 1]);
    expect(input.awards.map((a) => a.name)).toEqual(['先进集体', '优胜单位']);
  });

  it('switches a labor competition to another template, keeping the name typed', async () => {
    const api = fakeApi(() => ({ competition: { id: 'Competition:2', name: '全市推进重大发展战略劳动竞赛', status: 'DRAFT', kind: 'LABOR', startsOn: null } }));
    render(
      renderAt(api.client, '/competitions/Competition:2/events/new', '/competitions/:id/events/new', <EventWizardPage />, {
        username: 'organizer',
        roles: ['organizer'],
        loading: false,
      }),
    );
    const presets = (await screen.findByText('常用赛制预设')).closest('.ant-form-item') as HTMLElement;
    fireEvent.change(document.getElementById('name')!, { target: { value: '区县赛区' } });

    fireEvent.click(within(presets).getByRole('radio', { name: /五比/ }));

    await waitFor(() => expect(screen.queryByDisplayValue('质量检查扣分')).toBeNull());
    expect(screen.getAllByDisplayValue('目标任务分解与推进措施')).toHaveLength(2); // 上半年, 下半年
    // no start date: the halves of the current year
    expect(screen.getByDisplayValue(`${new Date().getFullYear()}-07-01`)).toBeDefined();
    expect((document.getElementById('name') as HTMLInputElement).value).toBe('区县赛区');
  });
});
