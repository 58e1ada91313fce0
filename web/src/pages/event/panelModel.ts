/**
 * What the judges tab works out from the event: the scheme's aspects a judge can be given (WorldSkills'
 * judge groups), their names, and the API's refusals sorted for the panel's forms.
 */
import { messageWithoutPath, type ApiUserError } from '../../forms/userErrors';

interface SchemeRound {
  code: string;
  name: string;
  sequence: number;
  modules: readonly { code: string; name: string; aspects: readonly { code: string; name: string }[] }[];
}

/** The judges still on the panel: a replaced judge keeps their marks but marks no more, and is not counted. */
export function activeJudges<J extends { active: boolean }>(judges: readonly J[]): J[] {
  return judges.filter((judge) => judge.active);
}

export interface SchemeAspect {
  code: string;
  name: string;
  round: string;
  module: string;
}

/**
 * The event's aspects in scheme order, each code once: a judge is given a code "in every round that has
 * it" (the API's JudgeInput.aspects), so a code in several rounds is one choice, where it first appears.
 */
export function schemeAspects(rounds: readonly SchemeRound[]): SchemeAspect[] {
  const seen = new Map<string, SchemeAspect>();
  for (const round of [...rounds].sort((a, b) => a.sequence - b.sequence)) {
    for (const module of round.modules) {
      for (const aspect of module.aspects) {
        if (!seen.has(aspect.code)) seen.set(aspect.code, { code: aspect.code, name: aspect.name, round: round.name, module: module.name });
      }
    }
  }
  return [...seen.values()];
}

/** "P1 焊缝外观"; a code the scheme no longer has, as it is. */
export function aspectLabel(code: string, aspects: readonly SchemeAspect[]): string {
  const aspect = aspects.find((a) => a.code === code);
  return aspect ? `${aspect.code} ${aspect.name}` : code;
}

export interface AspectOptionGroup {
  label: string;
  title: string;
  options: { value: string; label: string }[];
}

/** The aspects as a multi-select's options, grouped by round and module ("决赛 · 技能操作考核"). */
export function aspectOptions(aspects: readonly SchemeAspect[]): AspectOptionGroup[] {
  const groups = new Map<string, AspectOptionGroup>();
  for (const aspect of aspects) {
    const label = `${aspect.round} · ${aspect.module}`;
    const group = groups.get(label) ?? { label, title: label, options: [] };
    group.options.push({ value: aspect.code, label: `${aspect.code} ${aspect.name}` });
    groups.set(label, group);
  }
  return [...groups.values()];
}

/**
 * The API names one code of an aspect list (["judges", "0", "aspects", "2"]: no such aspect); the form
 * has one multi-select for the list, so the error goes under it.
 */
export function aspectsAsOneField<E extends ApiUserError>(errors: readonly E[]): E[] {
  return errors.map((error) => {
    const at = error.field?.indexOf('aspects') ?? -1;
    return at >= 0 && error.field && at < error.field.length - 1 ? { ...error, field: error.field.slice(0, at + 1) } : error;
  });
}

/**
 * Splits the refusals of a correction of one judge: those naming the judge itself (`id`, `judgeId`: the
 * panel is fixed, the judge has marks …) are about what the dialog shows, so their problem alone is said;
 * the others go to the form's fields.
 */
export function splitJudgeRefusals<E extends ApiUserError>(errors: readonly E[], idField: string): { aboutJudge: string[]; rest: E[] } {
  const isJudge = (error: E) => error.field?.length === 1 && error.field[0] === idField;
  return { aboutJudge: errors.filter(isJudge).map(messageWithoutPath), rest: errors.filter((e) => !isJudge(e)) };
}
