import { describe, expect, it } from 'vitest';
import type { CreateEventInput } from '../../gql/schema';
import { expandPreset, presetHasSource, presetIds, toCreateEventInput, toUpdateEventInput, type EventDefinition } from '../event-wizard/presets';
import type { OrganizerEvent } from './EventPage';
import { eventToWizardValues, schemeOf } from './eventEdit';

/** The event as the API stores and returns it, every default applied (SchemeValidator's): what OrganizerEvent reads. */
function storedAs(input: EventDefinition): OrganizerEvent {
  return {
    id: 'Event:7',
    name: input.name,
    format: input.format,
    teamSize: input.format === 'TEAM' ? (input.teamSize ?? 2) : 1,
    occupationCode: input.occupationCode ?? null,
    conflictPolicy: input.conflictPolicy ?? 'BLOCK',
    scoreDecimals: input.scoreDecimals ?? 2,
    tieBreakModules: input.tieBreakModules ?? [],
    anonymousJudging: input.anonymousJudging ?? false,
    doubleEntry: input.doubleEntry ?? false,
    awards: (input.awards ?? []).map((a) => ({
      name: a.name,
      rankFrom: a.rankFrom ?? null,
      rankTo: a.rankTo ?? null,
      percentFrom: a.percentFrom ?? null,
      percentTo: a.percentTo ?? null,
      minTotal: a.minTotal ?? null,
    })),
    rounds: input.rounds.map((round, r) => ({
      code: round.code,
      name: round.name,
      sequence: r + 1,
      advancingCount: round.advancingCount ?? null,
      rankingIncludes: round.rankingIncludes ?? [],
      startsOn: round.startsOn ?? null,
      endsOn: round.endsOn ?? null,
      modules: round.modules.map((module) => ({
        code: module.code,
        name: module.name,
        weight: module.weight,
        passMark: module.passMark ?? null,
        baseScore: module.baseScore ?? 0,
        maxScore: module.maxScore ?? null,
        aspects: module.aspects.map((a) => ({
          code: a.code,
          name: a.name,
          kind: a.kind,
          maxMark: a.maxMark,
          judges: a.judges,
          aggregation: a.aggregation,
          dropHighest: a.dropHighest ?? 0,
          dropLowest: a.dropLowest ?? 0,
          scaleFactor: a.scaleFactor ?? 1,
          attempts: a.attempts ?? 1,
          attemptCombination: a.attemptCombination ?? 'SUM',
          difficulty: a.difficulty ?? false,
          effect: a.effect ?? 'ADD',
          maxSpread: a.maxSpread ?? null,
        })),
      })),
    })),
    competition: { id: 'Competition:3', name: '重点工程劳动竞赛', kind: 'LABOR', status: 'REGISTRATION' },
    judges: [],
    registrations: { totalCount: 0, edges: [] },
  };
}

/** Strips the keys a JSON request leaves out (undefined), as the API receives the input. */
const asSent = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

const measured = { kind: 'MEASUREMENT', judges: 1, aggregation: 'SINGLE', dropHighest: 0, dropLowest: 0, scaleFactor: 1, attempts: 1, attemptCombination: 'SUM', difficulty: false } as const;

/** A quarter of a 六比一创 scheme as stored: a module deducting from its base score, a capped bonus (three judges, a largest spread), a veto. */
const stored: EventDefinition = {
  name: '某高速公路重点工程劳动竞赛',
  format: 'INDIVIDUAL',
  scoreDecimals: 2,
  conflictPolicy: 'BLOCK',
  tieBreakModules: ['S'],
  awards: [{ name: '先进集体', rankFrom: 1, rankTo: 3 }],
  rounds: [
    {
      code: 'Q1',
      name: '第一季度',
      rankingIncludes: [],
      startsOn: '2026-01-01',
      endsOn: '2026-03-31',
      modules: [
        { code: 'S', name: '比安全', weight: 1, baseScore: 20, aspects: [{ ...measured, code: 'S-D1', name: '安全检查隐患扣分', maxMark: 20, effect: 'DEDUCT' }] },
        { code: 'B', name: '加分项', weight: 1, baseScore: 0, maxScore: 10, aspects: [{ ...measured, code: 'B-A1', name: '获奖', maxMark: 15, effect: 'ADD', judges: 3, aggregation: 'MEAN', maxSpread: 2 }] },
        { code: 'V', name: '一票否决项', weight: 1, baseScore: 0, aspects: [{ ...measured, code: 'V-1', name: '拖欠农民工工资', maxMark: 1, effect: 'VETO' }] },
      ],
    },
    {
      code: 'Q2',
      name: '第二季度',
      rankingIncludes: ['Q1'],
      startsOn: '2026-04-01',
      modules: [{ code: 'S', name: '比安全', weight: 1, baseScore: 20, aspects: [{ ...measured, code: 'S-D1', name: '安全检查隐患扣分', maxMark: 20, effect: 'DEDUCT' }] }],
    },
  ],
};

describe('eventToWizardValues', () => {
  it('carries effects, base scores, caps and periods into the form', () => {
    const values = eventToWizardValues(storedAs(stored));
    const [q1, q2] = values.rounds;
    expect([q1.startsOn, q1.endsOn, q2.startsOn, q2.endsOn]).toEqual(['2026-01-01', '2026-03-31', '2026-04-01', null]);
    expect(q1.modules.map((m) => [m.code, m.weightPercent, m.baseScore, m.maxScore])).toEqual([
      ['S', 100, 20, null],
      ['B', 100, 0, 10],
      ['V', 100, 0, null],
    ]);
    expect(q1.modules.map((m) => m.aspects[0].effect)).toEqual(['DEDUCT', 'ADD', 'VETO']);
    // restoring the stored scheme in the edit drawer puts them back too
    expect(schemeOf(storedAs(stored))).toEqual(values.rounds);
  });

  it('sends the stored scheme back unchanged, so that a correction of the name alone drops nothing', () => {
    const input = asSent(toUpdateEventInput(eventToWizardValues(storedAs(stored)), 'Event:7')) as CreateEventInput;
    expect(input).toEqual(asSent({ id: 'Event:7', ...stored }));
  });

  it.each(presetIds)('the %s preset survives creation and editing: what comes back is stored again as it was', (preset) => {
    const created = storedAs(toCreateEventInput(expandPreset(preset, '竞赛', '2026-01-01'), 'Competition:3'));
    const again = storedAs(toUpdateEventInput(eventToWizardValues(created), created.id));
    expect(again).toEqual(created);
    if (presetHasSource(preset)) {
      // the templates' periods and vetoes are among what survives
      expect(again.rounds.every((r) => r.startsOn && r.endsOn)).toBe(true);
      expect(again.rounds[0].modules.flatMap((m) => m.aspects).some((a) => a.effect === 'VETO')).toBe(true);
    }
  });
});
