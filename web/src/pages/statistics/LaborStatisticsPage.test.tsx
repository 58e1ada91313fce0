import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Viewer } from '../../layout/viewer';
import { fakeApi, renderAt } from '../../test/fakeApi';
import type { ChartOption } from './charts';
import { LaborStatisticsPage } from './LaborStatisticsPage';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits, never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

// happy-dom draws nothing: each chart shows the option the page built for it, as echarts would get it
vi.mock('./EChart', () => ({
  EChart: ({ option, label }: { option: ChartOption; label: string }) => <div role="img" aria-label={label} data-option={JSON.stringify(option)} />,
}));

const province = { id: 'Organization:1', name: '山东省总工会', kind: 'FEDERATION' };
const jinan = { id: 'Organization:2', name: '济南市总工会', ancestors: [{ id: province.id }] };
const figures = (competitions: number, units: number, workerParticipations: number, commendedUnits: number) => ({
  competitions,
  units,
  workerParticipations,
  commendedUnits,
});
const none = figures(0, 0, 0, 0);

/** 济南 this year as the API counts it; any other organization or year has no labor competitions. */
function statistics(organizationId: string, year: number) {
  const counted = organizationId === jinan.id && year === new Date().getFullYear();
  return {
    organization: {
      id: organizationId,
      name: organizationId === jinan.id ? jinan.name : province.name,
      laborStatistics: counted
        ? {
            year,
            ...figures(12, 345, 6789, 23),
            byMonth: [
              { month: 3, ...figures(7, 200, 4000, 12) },
              { month: 9, ...figures(5, 145, 2789, 11) },
            ],
            byLevel: [
              { level: 'DISTRICT', ...figures(9, 300, 5000, 20) },
              { level: 'MUNICIPAL_CLASS_I', ...figures(3, 45, 1789, 3) },
            ],
          }
        : { year, ...none, byMonth: [], byLevel: [] },
      children: [
        { id: 'Organization:5', name: '历下区总工会', laborStatistics: counted ? figures(8, 250, 5000, 15) : none },
        { id: 'Organization:4', name: '莱芜区总工会', laborStatistics: counted ? figures(4, 95, 1789, 8) : none },
      ],
    },
  };
}

function show(grants: Viewer['grants'], answer = (name: string, variables: Record<string, unknown>) => {
  if (name === 'OrganizationChildren') return { organizations: { edges: [{ node: province }] } };
  if (name === 'LaborStatisticsDashboard') return statistics(String(variables.organizationId), Number(variables.year));
  return {};
}) {
  const fake = fakeApi(answer);
  render(renderAt(fake.client, '/labor/statistics', '/labor/statistics', <LaborStatisticsPage />, { username: 'someone', roles: ['organizer'], grants, loading: false }));
  return fake;
}

/** The number an antd Statistic shows under its title. */
function figure(title: string): string {
  return screen.getByText(title).closest('.ant-statistic')!.querySelector('.ant-statistic-content-value')!.textContent!;
}

const chartLabels = ['各竞赛级别的竞赛项目数', '各下级单位的竞赛项目数和参赛职工人次', '各月开始的竞赛项目数和参赛职工人次'];

/** The charts on the page (antd's icons are images too). */
const charts = () => chartLabels.filter((label) => screen.queryByRole('img', { name: label }) !== null);

function option(label: string): ChartOption {
  return JSON.parse(screen.getByRole('img', { name: label }).getAttribute('data-option')!) as ChartOption;
}

describe('LaborStatisticsPage', { timeout: 30_000 }, () => {
  it('counts the caller’s organization this year: the four headline figures are the API’s', async () => {
    const fake = show([{ role: 'ORGANIZER', organization: jinan }]);
    expect(await screen.findByText('竞赛项目数')).toBeDefined();
    expect(figure('竞赛项目数')).toBe('12');
    expect(figure('参赛单位数')).toBe('345');
    expect(figure('参赛职工人次')).toBe('6,789');
    expect(figure('受表彰单位数')).toBe('23');
    expect(screen.getByText(`济南市总工会及其下级单位主办、${new Date().getFullYear()} 年开始并已立项的劳动竞赛`)).toBeDefined();
    expect(fake.operations.find((o) => o.name === 'LaborStatisticsDashboard')?.variables).toEqual({ organizationId: jinan.id, year: new Date().getFullYear() });
    // the caller's organization is asked for; the roots are not needed
    expect(fake.operations.some((o) => o.name === 'OrganizationChildren')).toBe(false);
  });

  it('draws the organizations below as bars, the twelve months in order and the levels by name', async () => {
    show([{ role: 'ORGANIZER', organization: jinan }]);
    await screen.findByRole('img', { name: '各下级单位的竞赛项目数和参赛职工人次' });
    expect(charts()).toEqual(chartLabels);
    const below = option('各下级单位的竞赛项目数和参赛职工人次') as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    expect(below.xAxis.data).toEqual(['历下区总工会', '莱芜区总工会']);
    expect(below.series.map((s) => [s.name, s.data])).toEqual([
      ['竞赛项目数', [8, 4]],
      ['参赛职工人次', [5000, 1789]],
    ]);
    const months = option('各月开始的竞赛项目数和参赛职工人次') as { xAxis: { data: string[] }; series: { data: number[] }[] };
    expect(months.xAxis.data).toHaveLength(12);
    expect(months.xAxis.data[0]).toBe('1月');
    expect(months.series[0].data).toEqual([0, 0, 7, 0, 0, 0, 0, 0, 5, 0, 0, 0]);
    const levels = option('各竞赛级别的竞赛项目数') as { series: { data: { name: string; value: number }[] }[] };
    expect(levels.series[0].data).toEqual([
      { name: '市级一类', value: 3 },
      { name: '区级', value: 9 },
    ]);
  });

  it('says so when the year has no labor competitions, and draws no chart', async () => {
    show([], (name, variables) => {
      if (name === 'OrganizationChildren') return { organizations: { edges: [{ node: province }] } };
      return statistics(String(variables.organizationId), Number(variables.year));
    });
    // no grants: the first root of the tree
    expect(await screen.findByText(`山东省总工会及其下级单位在 ${new Date().getFullYear()} 年没有已立项的劳动竞赛`)).toBeDefined();
    expect(screen.getByText('换一个年度或单位看看')).toBeDefined();
    expect(screen.queryByText('竞赛项目数')).toBeNull();
    expect(charts()).toEqual([]);
  });

  it('counts the year picked', async () => {
    const fake = show([{ role: 'ORGANIZER', organization: jinan }]);
    const thisYear = new Date().getFullYear();
    expect(await screen.findByText('竞赛项目数')).toBeDefined();
    fireEvent.mouseDown(screen.getByLabelText('年度'));
    fireEvent.click(screen.getByLabelText('年度'));
    fireEvent.click(await screen.findByTitle(String(thisYear - 1)));
    expect(await screen.findByText(`济南市总工会及其下级单位在 ${thisYear - 1} 年没有已立项的劳动竞赛`)).toBeDefined();
    expect([...new Set(fake.operations.filter((o) => o.name === 'LaborStatisticsDashboard').map((o) => o.variables.year))]).toEqual([thisYear, thisYear - 1]);
    expect(charts()).toEqual([]);
  });

  it('says so when the organization has none below it, and draws the other charts', async () => {
    show([{ role: 'ORGANIZER', organization: jinan }], (_, variables) => {
      const answer = statistics(String(variables.organizationId), Number(variables.year));
      return { organization: { ...answer.organization, children: [] } };
    });
    expect(await screen.findByText('济南市总工会没有下级单位')).toBeDefined();
    await screen.findByRole('img', { name: '各月开始的竞赛项目数和参赛职工人次' });
    expect(charts()).toEqual(['各竞赛级别的竞赛项目数', '各月开始的竞赛项目数和参赛职工人次']);
  });

  it('tells a failure in the reader’s words, with a retry', async () => {
    show([{ role: 'ORGANIZER', organization: jinan }], (name) => (name === 'LaborStatisticsDashboard' ? new Error('Failed to fetch') : {}));
    const failure = (await screen.findByText('无法读取统计')).closest('.ant-result') as HTMLElement;
    expect(within(failure).getByText('无法连接服务，请检查网络后重试')).toBeDefined();
    expect(within(failure).getByRole('button', { name: '重 试' })).toBeDefined();
    expect(screen.queryByText('竞赛项目数')).toBeNull();
    expect(charts()).toEqual([]);
  });
});
