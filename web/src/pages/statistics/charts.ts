import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { competitionLevels } from '../../domain/competition';

/**
 * The options of the dashboard's charts, built from the API's figures: pure functions, tested without drawing
 * (only echarts' types are imported here, so the charts' code stays in the page's lazily loaded part).
 */

/** What the API counts for a group of labor competitions (LaborStatistics and its byMonth and byLevel rows). */
export interface Figures {
  competitions: number;
  units: number;
  workerParticipations: number;
  commendedUnits: number;
}

export interface MonthFigures extends Figures {
  /** 1 to 12. */
  month: number;
}

export interface LevelFigures extends Figures {
  /** A CompetitionLevel code. */
  level: string;
}

/** An organization directly below the one picked, with its own figures. */
export interface ChildFigures {
  id: string;
  name: string;
  laborStatistics: Figures;
}

/** The options the page hands to echarts: only the charts and components it registers. */
export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** The names the charts show, in the reader's language. */
export interface ChartTexts {
  competitions: string;
  workerParticipations: string;
  /** A level's name (区级, 市级一类 …) from its code. */
  levelName: (code: string) => string;
  /** A month's name (1月, Jan) from 1 to 12. */
  monthName: (month: number) => string;
}

/** The app's red (the antd theme's primary colour) first, then colours that read apart from it. */
export const palette = ['#c0392b', '#2f6fb3', '#e3a21a', '#3a9d5d', '#8e5ba8', '#5b7083', '#d4683a', '#1f9a9a', '#b0457a', '#7a8b2e', '#9c7a54'];

const none: Figures = { competitions: 0, units: 0, workerParticipations: 0, commendedUnits: 0 };

/** The twelve months of the year in order, a month the API left out (no competition started in it) as zeros. */
export function monthsOfYear(byMonth: readonly MonthFigures[]): MonthFigures[] {
  const given = new Map(byMonth.map((m) => [m.month, m]));
  return Array.from({ length: 12 }, (_, i) => {
    const { competitions, units, workerParticipations, commendedUnits } = given.get(i + 1) ?? none;
    return { month: i + 1, competitions, units, workerParticipations, commendedUnits };
  });
}

/** The levels with competitions, highest first (国际赛 … 院校, as the domain orders them); a level it does not know last. */
export function levelsInOrder(byLevel: readonly LevelFigures[]): LevelFigures[] {
  const rank = (level: string) => {
    const at = (competitionLevels as readonly string[]).indexOf(level);
    return at < 0 ? competitionLevels.length : at;
  };
  return byLevel.filter((l) => l.competitions > 0).sort((a, b) => rank(a.level) - rank(b.level));
}

/** The pie of competitions by level, each slice a level's name and its count. */
export function levelOption(byLevel: readonly LevelFigures[], texts: ChartTexts): ChartOption {
  return {
    color: palette,
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, type: 'plain' },
    series: [
      {
        type: 'pie',
        name: texts.competitions,
        radius: ['38%', '68%'],
        center: ['50%', '45%'],
        label: { formatter: '{b} {c}' },
        data: levelsInOrder(byLevel).map((l) => ({ name: texts.levelName(l.level), value: l.competitions })),
      },
    ],
  };
}

/**
 * One group of bars per organization directly below the one picked, in the API's order (by name): its
 * competitions on the left axis, its worker participations on the right one (they count in the thousands).
 */
export function childrenOption(children: readonly ChildFigures[], texts: ChartTexts): ChartOption {
  return {
    color: palette,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 56, bottom: 8 },
    xAxis: {
      type: 'category',
      data: children.map((c) => c.name),
      // every name shown; slanted when they would not fit side by side
      axisLabel: { interval: 0, rotate: children.length > 6 ? 30 : 0 },
    },
    yAxis: [
      { type: 'value', name: texts.competitions, minInterval: 1 },
      { type: 'value', name: texts.workerParticipations, minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: texts.competitions, yAxisIndex: 0, data: children.map((c) => c.laborStatistics.competitions) },
      { type: 'bar', name: texts.workerParticipations, yAxisIndex: 1, data: children.map((c) => c.laborStatistics.workerParticipations) },
    ],
  };
}

/** January to December: competitions started in each month as bars, their worker participations as a line on the right axis. */
export function monthOption(byMonth: readonly MonthFigures[], texts: ChartTexts): ChartOption {
  const months = monthsOfYear(byMonth);
  return {
    color: palette,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 56, bottom: 8 },
    xAxis: { type: 'category', data: months.map((m) => texts.monthName(m.month)) },
    yAxis: [
      { type: 'value', name: texts.competitions, minInterval: 1 },
      { type: 'value', name: texts.workerParticipations, minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: texts.competitions, yAxisIndex: 0, data: months.map((m) => m.competitions) },
      { type: 'line', name: texts.workerParticipations, yAxisIndex: 1, data: months.map((m) => m.workerParticipations) },
    ],
  };
}

/** A month's short name in a language: 1月 … 12月 in Chinese, Jan … Dec in English. */
export function monthName(month: number, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}
