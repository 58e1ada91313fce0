import { Alert, Flex } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { formatMark, noValue } from '../../domain/score';
import { graphql } from '../../gql';
import './i18n';
import type { AnsweredBatch, MarkUserError } from './markQueue';
import { acceptedMarks, paperEntryOutcome, type PadJudge, type PadRegistration, type PadRound, type PaperDiscrepancy, type WaitingEntry } from './padModel';

export const JudgePadSpreadWarningsQuery = graphql(`
  query JudgePadSpreadWarnings($id: ID!, $round: String) {
    event(id: $id) {
      id
      spreadWarnings(round: $round) {
        aspect
        attempt
        values
        spread
        registration {
          id
          bib
          team
          competitor {
            id
            name
          }
        }
      }
    }
  }
`);

/** After paper entries of a double-entry event (双人录入): the stored marks and the round's discrepancies of one registration. */
export const JudgePadDoubleEntryQuery = graphql(`
  query JudgePadDoubleEntry($id: ID!, $round: String, $registrationId: ID) {
    event(id: $id) {
      id
      doubleEntry
      markDiscrepancies(round: $round) {
        aspect
        attempt
        judge {
          id
          name
        }
        registration {
          id
          bib
          team
          competitor {
            id
            name
          }
        }
        entries {
          value
          enteredBy
          enteredAt
        }
      }
      marks(round: $round, registrationId: $registrationId) {
        id
        aspect
        attempt
        value
        difficulty
        judge {
          id
        }
      }
    }
  }
`);

/** A spread warning of an attempt just marked, with its round (the API's warning does not say it). */
export interface SavedSpreadWarning {
  round: string;
  aspect: string;
  attempt: number;
  values: readonly number[];
  spread: number;
  registration: { id: string; bib: string; team?: string | null; competitor: { name: string } };
}

/** A discrepancy of a competitor just entered, with its round and the caller's entry apart from the others'. */
export interface SavedDiscrepancy extends PaperDiscrepancy {
  round: string;
  /** The caller's entry of the slot, if any (one per scorekeeper). */
  mine: number | null;
  /** The other scorekeepers' entries, oldest first. */
  theirs: number[];
}

export interface SavedNotice {
  /** The words of the API's WRONG_STATE refusals (a locked module, scoring not open), each once. */
  refusals: string[];
  /** The attempts of the competitors just marked whose marks lie further apart than the aspect allows. */
  warnings: SavedSpreadWarning[];
  /** Double entry: the paper entries just typed that wait for a second scorekeeper. */
  waiting: WaitingEntry[];
  /** Double entry: the discrepancies of the competitors just entered, for the chief judge to settle. */
  discrepancies: SavedDiscrepancy[];
}

/**
 * Whose entries are paper entries of double entry (see typesPaperEntries): the caller's for any judge but
 * their own place; null when the caller's entries count at once (not a double-entry event, a judge, a chief
 * judge, an organizer).
 */
export interface PaperEntryCaller {
  username: string;
  /** The caller's own marking place: their own marks count at once. */
  ownJudgeId?: string;
}

const nothing = (): SavedNotice => ({ refusals: [], warnings: [], waiting: [], discrepancies: [] });

/** The WRONG_STATE refusals of an answer, each text once: the problem (it names the lock), else the whole message. */
export function wrongStateTexts(errors: readonly MarkUserError[]): string[] {
  return [...new Set(errors.filter((e) => e.code === 'WRONG_STATE').map((e) => e.problem || e.message))];
}

/**
 * What the pad says once the API has answered a batch of this event: a refusal because of the state of the marks
 * (WRONG_STATE: the module is locked) in the API's words, then the spread warnings of the competitors the batch
 * marked, read afresh. A later answer replaces what an earlier one said.
 *
 * In a double-entry event a scorekeeper's entries for a judge are accepted without being stored as marks until a
 * second scorekeeper types the same (`paper`, null when the caller's entries count at once): for each competitor the
 * batch entered, the marks and the round's discrepancies are read afresh, to say which entries still wait and which
 * differ from another scorekeeper's.
 */
export function useSavedNotices(eventId: string, paper: PaperEntryCaller | null = null) {
  const client = useClient();
  const [notice, setNotice] = useState<SavedNotice>(nothing);
  const latest = useRef(0);

  const paperOutcome = useCallback(
    (batch: AnsweredBatch['batch'], outcome: AnsweredBatch['outcome'], answer: number) => {
      if (!paper) return;
      const typed = acceptedMarks(batch.marks, outcome).filter((m) => m.judgeId !== paper.ownJudgeId);
      const entered = [...new Map(typed.map((m) => [`${m.round}|${m.registrationId}`, { round: m.round, registrationId: m.registrationId }])).values()];
      if (entered.length === 0) return;
      void Promise.all(
        entered.map(({ round, registrationId }) =>
          client
            .query(JudgePadDoubleEntryQuery, { id: eventId, round, registrationId }, { requestPolicy: 'network-only' })
            .toPromise()
            .then((result) => {
              const event = result.data?.event;
              if (!event?.doubleEntry) return { waiting: [], discrepancies: [] };
              const found = paperEntryOutcome(round, registrationId, typed, event.marks, event.markDiscrepancies);
              return {
                waiting: found.waiting,
                discrepancies: found.discrepancies.map((d): SavedDiscrepancy => {
                  const mine = d.entries.find((e) => e.enteredBy === paper.username);
                  return { ...d, round, mine: mine ? mine.value : null, theirs: d.entries.filter((e) => e !== mine).map((e) => e.value) };
                }),
              };
            }),
        ),
      ).then((found) => {
        if (answer !== latest.current) return;
        setNotice((shown) => ({ ...shown, waiting: found.flatMap((f) => f.waiting), discrepancies: found.flatMap((f) => f.discrepancies) }));
      });
    },
    [client, eventId, paper],
  );

  const onAnswered = useCallback(
    ({ batch, outcome }: AnsweredBatch) => {
      const answer = ++latest.current;
      setNotice({ ...nothing(), refusals: wrongStateTexts(outcome.userErrors) });
      if (outcome.accepted === 0) return;
      paperOutcome(batch, outcome, answer);
      const registrations = new Set(batch.marks.map((m) => m.registrationId));
      const rounds = [...new Set(batch.marks.map((m) => m.round))];
      void Promise.all(
        rounds.map((round) =>
          client
            .query(JudgePadSpreadWarningsQuery, { id: eventId, round }, { requestPolicy: 'network-only' })
            .toPromise()
            .then((result) => (result.data?.event?.spreadWarnings ?? []).filter((w) => registrations.has(w.registration.id)).map((w) => ({ ...w, round }))),
        ),
      ).then((lists) => {
        if (answer === latest.current) setNotice((shown) => ({ ...shown, warnings: lists.flat() }));
      });
    },
    [client, eventId, paperOutcome],
  );

  /** Closes one kind of notice, or one of its items (a discrepancy) when given its index. */
  const dismiss = (what: keyof SavedNotice, index?: number) =>
    setNotice((shown) => ({ ...shown, [what]: index === undefined ? [] : (shown[what] as unknown[]).filter((_, i) => i !== index) }));
  return { notice, onAnswered, dismiss };
}

/**
 * The saved batch's lock refusal (red, in the API's words) and spread warnings (orange); in a double-entry event the
 * paper entries that wait for a second scorekeeper (blue) and each discrepancy with another scorekeeper's entry
 * (orange). Each is dismissable. `judges` and `registrations` name the waiting entries' judges and competitors.
 */
export function SavedNotices({
  notice,
  rounds,
  judges = [],
  registrations = [],
  onDismiss,
}: {
  notice: SavedNotice;
  rounds: readonly PadRound[];
  judges?: readonly Pick<PadJudge, 'id' | 'name'>[];
  registrations?: readonly Pick<PadRegistration, 'id' | 'bib' | 'team' | 'competitor'>[];
  onDismiss: (what: keyof SavedNotice, index?: number) => void;
}) {
  const { t } = useTranslation('judgePad');
  if (notice.refusals.length === 0 && notice.warnings.length === 0 && notice.waiting.length === 0 && notice.discrepancies.length === 0) return null;
  const aspectOf = (round: string, code: string) =>
    rounds.find((r) => r.code === round)?.modules.flatMap((m) => m.aspects).find((a) => a.code === code);
  const slotOf = (round: string, aspect: string, attempt: number, judge: string, registration: { bib: string; team?: string | null; competitor: { name: string } } | undefined) => ({
    bib: registration?.bib ?? noValue,
    name: registration ? (registration.team ?? registration.competitor.name) : noValue,
    judge,
    aspect: aspectOf(round, aspect)?.name ?? aspect,
    n: attempt,
  });
  return (
    <Flex vertical gap="small">
      {notice.refusals.length > 0 && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => onDismiss('refusals')}
          title={
            <>
              {notice.refusals.map((text) => (
                <div key={text}>{text}</div>
              ))}
            </>
          }
        />
      )}
      {notice.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={() => onDismiss('warnings')}
          title={t('pad.spreadTitle')}
          description={notice.warnings.map((w) => {
            const aspect = aspectOf(w.round, w.aspect);
            return (
              <div key={`${w.round}|${w.registration.id}|${w.aspect}|${w.attempt}`}>
                {t('pad.spreadLine', {
                  bib: w.registration.bib,
                  name: w.registration.team ?? w.registration.competitor.name,
                  aspect: aspect?.name ?? w.aspect,
                  n: w.attempt,
                  values: w.values.map(formatMark).join(' / '),
                  spread: formatMark(w.spread),
                  max: aspect?.maxSpread != null ? formatMark(aspect.maxSpread) : noValue,
                })}
              </div>
            );
          })}
        />
      )}
      {notice.waiting.length > 0 && (
        <Alert
          type="info"
          showIcon
          closable
          onClose={() => onDismiss('waiting')}
          title={t('pad.paperWaiting', { count: notice.waiting.length })}
          description={notice.waiting.map((w) => {
            const slot = slotOf(
              w.round,
              w.aspect,
              w.attempt,
              judges.find((j) => j.id === w.judgeId)?.name ?? noValue,
              registrations.find((r) => r.id === w.registrationId),
            );
            const value = formatMark(w.value);
            return (
              <div key={`${w.round}|${w.registrationId}|${w.aspect}|${w.attempt}|${w.judgeId}`}>
                {w.counted === null ? t('pad.paperWaitingLine', { ...slot, value }) : t('pad.paperWaitingLineCounted', { ...slot, value, counted: formatMark(w.counted) })}
              </div>
            );
          })}
        />
      )}
      {notice.discrepancies.map((d, i) => {
        const slot = slotOf(d.round, d.aspect, d.attempt, d.judge.name, d.registration);
        const theirs = d.theirs.map(formatMark).join(t('pad.listSeparator'));
        return (
          <Alert
            key={`${d.round}|${d.registration.id}|${d.aspect}|${d.attempt}|${d.judge.id}`}
            type="warning"
            showIcon
            closable
            onClose={() => onDismiss('discrepancies', i)}
            title={
              d.mine === null
                ? t('pad.paperDiscrepancyOthers', { ...slot, values: theirs })
                : t(d.theirs.length === 1 ? 'pad.paperDiscrepancy' : 'pad.paperDiscrepancyMany', { ...slot, mine: formatMark(d.mine), theirs })
            }
          />
        );
      })}
    </Flex>
  );
}
