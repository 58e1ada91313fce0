import { Alert, Flex } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { formatMark, noValue } from '../../domain/score';
import { graphql } from '../../gql';
import './i18n';
import type { AnsweredBatch, MarkUserError } from './markQueue';
import type { PadRound } from './padModel';

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

/** A spread warning of an attempt just marked, with its round (the API's warning does not say it). */
export interface SavedSpreadWarning {
  round: string;
  aspect: string;
  attempt: number;
  values: readonly number[];
  spread: number;
  registration: { id: string; bib: string; team?: string | null; competitor: { name: string } };
}

export interface SavedNotice {
  /** The words of the API's WRONG_STATE refusals (a locked module, scoring not open), each once. */
  refusals: string[];
  /** The attempts of the competitors just marked whose marks lie further apart than the aspect allows. */
  warnings: SavedSpreadWarning[];
}

/** The WRONG_STATE refusals of an answer, each text once: the problem (it names the lock), else the whole message. */
export function wrongStateTexts(errors: readonly MarkUserError[]): string[] {
  return [...new Set(errors.filter((e) => e.code === 'WRONG_STATE').map((e) => e.problem || e.message))];
}

/**
 * What the pad says once the API has answered a batch of this event: a refusal because of the state of the marks
 * (WRONG_STATE: the module is locked) in the API's words, then the spread warnings of the competitors the batch
 * marked, read afresh. A later answer replaces what an earlier one said.
 */
export function useSavedNotices(eventId: string) {
  const client = useClient();
  const [notice, setNotice] = useState<SavedNotice>({ refusals: [], warnings: [] });
  const latest = useRef(0);

  const onAnswered = useCallback(
    ({ batch, outcome }: AnsweredBatch) => {
      const answer = ++latest.current;
      setNotice({ refusals: wrongStateTexts(outcome.userErrors), warnings: [] });
      if (outcome.accepted === 0) return;
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
    [client, eventId],
  );

  const dismiss = (what: keyof SavedNotice) => setNotice((shown) => ({ ...shown, [what]: [] }));
  return { notice, onAnswered, dismiss };
}

/** The saved batch's lock refusal (red, in the API's words) and spread warnings (orange), each dismissable. */
export function SavedNotices({ notice, rounds, onDismiss }: { notice: SavedNotice; rounds: readonly PadRound[]; onDismiss: (what: keyof SavedNotice) => void }) {
  const { t } = useTranslation('judgePad');
  if (notice.refusals.length === 0 && notice.warnings.length === 0) return null;
  const aspectOf = (round: string, code: string) =>
    rounds.find((r) => r.code === round)?.modules.flatMap((m) => m.aspects).find((a) => a.code === code);
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
    </Flex>
  );
}
