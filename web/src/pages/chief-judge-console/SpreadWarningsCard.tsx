import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatMark } from '../../domain/score';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { graphql } from '../../gql';
import type { ChiefJudgeSpreadWarningsQuery } from '../../gql/graphql';
import type { ConsoleEventRound } from './ChiefJudgeConsolePage';
import { checksSpread, markValues, type SchemeNames } from './consoleModel';
import './i18n';

export const ChiefJudgeSpreadWarningsQueryDocument = graphql(`
  query ChiefJudgeSpreadWarnings($id: ID!, $round: String) {
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

type Warning = NonNullable<ChiefJudgeSpreadWarningsQuery['event']>['spreadWarnings'][number];

/**
 * 分差预警 of one round: the attempts whose judges' marks lie further apart than the aspect allows, with the marks
 * and the spread. Read again after every lock or reopening (`changes`) and on 刷新.
 */
export function SpreadWarningsCard({ eventId, round, names, changes }: { eventId: string; round: ConsoleEventRound; names: SchemeNames; changes: number }) {
  const { t } = useTranslation('chief-judge-console');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ChiefJudgeSpreadWarningsQueryDocument,
    variables: { id: eventId, round: round.code },
    requestPolicy: 'cache-and-network',
  });
  useEffect(() => {
    if (changes > 0) reexecute({ requestPolicy: 'network-only' });
  }, [changes, reexecute]);
  const warnings = data?.event?.spreadWarnings ?? [];
  const checked = checksSpread(round);

  return (
    <Card
      title={t('spread.title')}
      extra={
        <Button icon={<ReloadOutlined />} loading={fetching} onClick={() => reexecute({ requestPolicy: 'network-only' })}>
          {t('spread.refresh')}
        </Button>
      }
    >
      <Flex vertical gap="small">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('spread.intro')}
        </Typography.Paragraph>
        {!checked && <Alert type="info" showIcon title={t('spread.noCheck')} />}
        <QueryState {...loadStateOf({ data, fetching, error }, reexecute)} errorTitle={t('spread.failed')} rows={3} empty={{ when: warnings.length === 0, description: t('spread.empty') }}>
          <Table<Warning>
            aria-label={t('spread.title')}
            rowKey={(w) => `${w.registration.id}|${w.aspect}|${w.attempt}`}
            size="middle"
            pagination={false}
            dataSource={[...warnings]}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('spread.bib'), key: 'bib', render: (_, w) => <Typography.Text strong>{w.registration.bib}</Typography.Text> },
              { title: t('spread.competitor'), key: 'competitor', render: (_, w) => w.registration.team ?? w.registration.competitor.name },
              {
                title: t('spread.aspect'),
                key: 'aspect',
                render: (_, w) => (
                  <>
                    {names.aspect(round.code, w.aspect)} <Typography.Text type="secondary">{w.aspect}</Typography.Text>
                  </>
                ),
              },
              { title: t('spread.attempt'), key: 'attempt', render: (_, w) => t('spread.attemptN', { n: w.attempt }) },
              { title: t('spread.values'), key: 'values', render: (_, w) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{markValues(w.values)}</span> },
              {
                title: t('spread.spread'),
                key: 'spread',
                render: (_, w) => {
                  const max = names.maxSpread(round.code, w.aspect);
                  return (
                    <>
                      <Typography.Text type="danger" strong>
                        {formatMark(w.spread)}
                      </Typography.Text>
                      {max != null && <Typography.Text type="secondary">{t('spread.allowed', { max: formatMark(max) })}</Typography.Text>}
                    </>
                  );
                },
              },
            ]}
          />
        </QueryState>
      </Flex>
    </Card>
  );
}
