import { init } from 'echarts/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enumName } from '../../domain/competition';
import { childrenOption, levelOption, monthName, monthOption, type ChartOption, type ChartTexts } from './charts';
// registers exactly the charts and components the page's charts use
import './EChart';

const texts: ChartTexts = {
  competitions: '竞赛项目数',
  workerParticipations: '参赛职工人次',
  levelName: (code) => enumName('level', code, 'zh-CN'),
  monthName: (month) => monthName(month, 'zh-CN'),
};
const figures = (competitions: number, workerParticipations: number) => ({ competitions, units: competitions * 4, workerParticipations, commendedUnits: 0 });

/** The texts echarts draws for an option, rendered to an SVG string on the server side (no canvas, no layout engine). */
function drawnTexts(option: ChartOption): string[] {
  const chart = init(null, undefined, { renderer: 'svg', ssr: true, width: 800, height: 320 });
  try {
    chart.setOption(option);
    return [...chart.renderToSVGString().matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  } finally {
    chart.dispose();
  }
}

describe('echarts, with what EChart registers, draws', () => {
  const warn = vi.spyOn(console, 'warn');
  const error = vi.spyOn(console, 'error');
  afterEach(() => {
    // echarts warns of a series or component it was not given (“… is used but not imported”)
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('a bar per organization below, named on the axis', () => {
    const drawn = drawnTexts(
      childrenOption(
        [
          { id: 'Organization:5', name: '历下区总工会', laborStatistics: figures(3, 420) },
          { id: 'Organization:4', name: '莱芜区总工会', laborStatistics: figures(1, 310) },
        ],
        texts,
      ),
    );
    expect(drawn).toEqual(expect.arrayContaining(['历下区总工会', '莱芜区总工会', '竞赛项目数', '参赛职工人次']));
  });

  it('the twelve months, in order', () => {
    const drawn = drawnTexts(monthOption([{ month: 3, ...figures(2, 300) }], texts));
    expect(drawn.filter((text) => /^\d+月$/.test(text))).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
  });

  it('a slice per level, with its count', () => {
    const drawn = drawnTexts(levelOption([{ level: 'DISTRICT', ...figures(2, 300) }, { level: 'ENTERPRISE', ...figures(1, 30) }], texts));
    expect(drawn).toEqual(expect.arrayContaining(['区级 2', '企业 1']));
  });
});
