import { describe, expect, it } from 'vitest';
import { enumName } from '../../domain/competition';
import { childrenOption, levelOption, levelsInOrder, monthName, monthOption, monthsOfYear, type ChartTexts, type MonthFigures } from './charts';

const texts: ChartTexts = {
  competitions: '竞赛项目数',
  workerParticipations: '参赛职工人次',
  levelName: (code) => enumName('level', code, 'zh-CN'),
  monthName: (month) => monthName(month, 'zh-CN'),
};

const figures = (competitions: number, workerParticipations: number) => ({ competitions, units: competitions * 4, workerParticipations, commendedUnits: competitions });

// what the API answers: only the months with competitions, in month order
const march: MonthFigures = { month: 3, ...figures(2, 310) };
const october: MonthFigures = { month: 10, ...figures(1, 45) };

/** The series of a built option by name, as echarts reads it. */
function series(option: ReturnType<typeof monthOption>, name: string) {
  const all = Array.isArray(option.series) ? option.series : [option.series];
  return all.find((s) => s?.name === name);
}

describe('the months of the year', () => {
  it('are twelve, January to December, a month without competitions as zeros', () => {
    const months = monthsOfYear([october, march]);
    expect(months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months[2]).toEqual(march);
    expect(months[9]).toEqual(october);
    expect(months[0]).toEqual({ month: 1, competitions: 0, units: 0, workerParticipations: 0, commendedUnits: 0 });
    expect(months.filter((m) => m.competitions === 0)).toHaveLength(10);
  });

  it('are all zeros for a year without any', () => {
    expect(monthsOfYear([]).every((m) => m.competitions === 0 && m.workerParticipations === 0)).toBe(true);
  });

  it('are named as readers write them', () => {
    expect(monthName(1, 'zh-CN')).toBe('1月');
    expect(monthName(12, 'zh-CN')).toBe('12月');
    expect(monthName(3, 'en')).toBe('Mar');
  });
});

describe('the chart by month', () => {
  it('has the twelve months on its axis and each month’s figures in its series, zeros where nothing started', () => {
    const option = monthOption([march, october], texts);
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'] });
    expect(series(option, '竞赛项目数')).toMatchObject({ type: 'bar', yAxisIndex: 0, data: [0, 0, 2, 0, 0, 0, 0, 0, 0, 1, 0, 0] });
    expect(series(option, '参赛职工人次')).toMatchObject({ type: 'line', yAxisIndex: 1, data: [0, 0, 310, 0, 0, 0, 0, 0, 0, 45, 0, 0] });
  });
});

describe('the chart by organization below', () => {
  const children = [
    { id: 'Organization:5', name: '历下区总工会', laborStatistics: figures(3, 420) },
    { id: 'Organization:4', name: '莱芜区总工会', laborStatistics: figures(1, 310) },
    { id: 'Organization:6', name: '章丘区总工会', laborStatistics: figures(0, 0) },
  ];

  it('has one bar per organization, in the API’s order, with its competitions and its worker participations', () => {
    const option = childrenOption(children, texts);
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['历下区总工会', '莱芜区总工会', '章丘区总工会'] });
    expect(series(option, '竞赛项目数')).toMatchObject({ type: 'bar', yAxisIndex: 0, data: [3, 1, 0] });
    expect(series(option, '参赛职工人次')).toMatchObject({ type: 'bar', yAxisIndex: 1, data: [420, 310, 0] });
    expect(option.yAxis).toMatchObject([{ name: '竞赛项目数' }, { name: '参赛职工人次' }]);
  });

  it('slants the names when many organizations share the axis', () => {
    const few = childrenOption(children, texts).xAxis as { axisLabel: { rotate: number; interval: number } };
    expect(few.axisLabel).toEqual({ interval: 0, rotate: 0 });
    const sixteen = Array.from({ length: 16 }, (_, i) => ({ id: `Organization:${i}`, name: `第${i + 1}市总工会`, laborStatistics: figures(i, i * 10) }));
    const many = childrenOption(sixteen, texts);
    expect((many.xAxis as { data: string[]; axisLabel: { rotate: number } }).data).toHaveLength(16);
    expect((many.xAxis as { axisLabel: { rotate: number } }).axisLabel.rotate).toBe(30);
  });
});

describe('the chart by level', () => {
  const byLevel = [
    { level: 'DISTRICT', ...figures(4, 500) },
    { level: 'ENTERPRISE', ...figures(2, 80) },
    { level: 'MUNICIPAL_CLASS_I', ...figures(1, 120) },
  ];

  it('orders the levels highest first, not in the API’s alphabetical order', () => {
    expect(levelsInOrder(byLevel).map((l) => l.level)).toEqual(['MUNICIPAL_CLASS_I', 'DISTRICT', 'ENTERPRISE']);
    expect(levelsInOrder([{ level: 'SPACE', ...figures(1, 1) }, ...byLevel]).map((l) => l.level).at(-1)).toBe('SPACE');
  });

  it('has a slice per level, named in Chinese, sized by its competitions', () => {
    const option = levelOption(byLevel, texts);
    expect(series(option, '竞赛项目数')).toMatchObject({
      type: 'pie',
      data: [
        { name: '市级一类', value: 1 },
        { name: '区级', value: 4 },
        { name: '企业', value: 2 },
      ],
    });
  });
});
