/* What a correction of an upheld appeal may name: the rounds, aspects, attempts and judges of the appeal's event. */

export interface CorrectionValues {
  round?: string;
  aspect?: string;
  attempt?: number;
  judgeId?: string;
  value?: number | null;
}

interface SchemeAspect {
  code: string;
  name: string;
  attempts: number;
  maxMark: number;
}

interface SchemeRound {
  code: string;
  name: string;
  sequence: number;
  modules: readonly { aspects: readonly SchemeAspect[] }[];
}

interface PanelJudge {
  id: string;
  name: string;
  role: string;
  active: boolean;
}

export interface CorrectionChoices<R extends SchemeRound, J extends PanelJudge> {
  /** The event's rounds in their order. */
  rounds: R[];
  /** The aspects of the chosen round, module by module; none before a round is chosen. */
  aspects: SchemeAspect[];
  /** The chosen aspect, when it is one of the round's. */
  aspect?: SchemeAspect;
  /** The attempts of the chosen aspect: 1 … attempts (1 alone before an aspect is chosen). */
  attempts: number[];
  /** Who a mark can belong to: the panel's judges and chief judges, replaced ones too (their marks stay); scorekeepers give none. */
  judges: J[];
}

/** The options of one correction's fields, given what it names so far. */
export function correctionChoices<R extends SchemeRound, J extends PanelJudge>(
  event: { rounds: readonly R[]; judges: readonly J[] },
  values: CorrectionValues,
): CorrectionChoices<R, J> {
  const rounds = [...event.rounds].sort((a, b) => a.sequence - b.sequence);
  const round = rounds.find((r) => r.code === values.round);
  const aspects = round ? round.modules.flatMap((m) => m.aspects) : [];
  const aspect = aspects.find((a) => a.code === values.aspect);
  const attempts = Array.from({ length: Math.max(aspect?.attempts ?? 1, 1) }, (_, i) => i + 1);
  const judges = event.judges.filter((j) => j.role !== 'SCOREKEEPER');
  return { rounds, aspects, aspect, attempts, judges };
}
