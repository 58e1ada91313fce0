import type { WizardRound, WizardValues } from '../event-wizard/presets';
import type { OrganizerEvent } from './EventPage';

/**
 * The event as the wizard's form holds it (WizardValues: module weights in percent), so that the edit drawer
 * edits it with the wizard's fields and sends it back with toUpdateEventInput. A scheme sent back unchanged
 * equals the stored one (weights come back to the same factor; aspects' effects, modules' base scores and caps,
 * rounds' periods as stored), so a correction of the name alone is not taken for a change of the scheme.
 */
export function eventToWizardValues(event: OrganizerEvent): WizardValues {
  return {
    name: event.name,
    occupationCode: event.occupationCode ?? '',
    format: event.format,
    teamSize: event.teamSize,
    scoreDecimals: event.scoreDecimals,
    conflictPolicy: event.conflictPolicy,
    tieBreakModules: [...event.tieBreakModules],
    awards: event.awards.map((award) => ({
      name: award.name,
      rankFrom: award.rankFrom ?? null,
      rankTo: award.rankTo ?? null,
      percentFrom: award.percentFrom ?? null,
      percentTo: award.percentTo ?? null,
      minTotal: award.minTotal ?? null,
    })),
    rounds: schemeOf(event),
  };
}

/** The event's rounds, modules and aspects as the form holds them. */
export function schemeOf(event: OrganizerEvent): WizardRound[] {
  return event.rounds.map((round) => ({
    code: round.code,
    name: round.name,
    advancingCount: round.advancingCount ?? null,
    rankingIncludes: [...round.rankingIncludes],
    startsOn: round.startsOn ?? null,
    endsOn: round.endsOn ?? null,
    modules: round.modules.map((module) => ({
      code: module.code,
      name: module.name,
      // 0.3 → 30 without binary noise (0.07 × 100 is 7.000000000000001)
      weightPercent: Number((module.weight * 100).toPrecision(12)),
      passMark: module.passMark ?? null,
      baseScore: module.baseScore,
      maxScore: module.maxScore ?? null,
      aspects: module.aspects.map((a) => ({
        code: a.code,
        name: a.name,
        kind: a.kind,
        maxMark: a.maxMark,
        judges: a.judges,
        aggregation: a.aggregation,
        dropHighest: a.dropHighest,
        dropLowest: a.dropLowest,
        scaleFactor: a.scaleFactor,
        attempts: a.attempts,
        attemptCombination: a.attemptCombination,
        difficulty: a.difficulty,
        effect: a.effect,
        maxSpread: a.maxSpread,
      })),
    })),
  }));
}
