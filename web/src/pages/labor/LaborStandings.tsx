import { FlagFilled } from '@ant-design/icons';
import { Card, Flex, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CombinedError, OperationContext } from 'urql';
import { formatScore, noValue } from '../../domain/score';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { LaborStandingsQuery as LaborStandingsResult } from '../../gql/graphql';
import { unitName, vetoReasonText } from './assessModel';
import './i18n';

export const LaborStandingsQuery = graphql(`
  query LaborStandings($id: ID!, $round: String!) {
    event(id: $id) {
      id
      rounds {
        code
        bannerHolders {
          id
          team
          competitor {
            id
            name
          }
        }
      }
      leaderboard(round: $round) {
        round
        version
        entries {
          rank
          total
          roundTotal
          complete
          award
          vetoed
          vetoReasons
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
  }
`);

type Entry = NonNullable<LaborStandingsResult['event']>['leaderboard']['entries'][number];

interface NamedRound {
  code: string;
  name: string;
  sequence: number;
  modules: readonly { aspects: readonly { code: string; name: string }[] }[];
}

/**
 * 累计排名 of a period: rank, unit, this period's total and the cumulative one, award; 流动红旗 beside the period's
 * banner holders, 一票否决 with its reasons in words beside a vetoed unit (its totals still shown, no rank), and a line
 * with every period's banner holders.
 */
export function LaborStandings({
  result,
  retry,
  rounds,
  round,
  scoreDecimals,
}: {
  result: { data?: LaborStandingsResult; fetching: boolean; error?: CombinedError };
  retry: (opts?: Partial<OperationContext>) => void;
  rounds: readonly NamedRound[];
  round: NamedRound;
  scoreDecimals: number;
}) {
  const { t } = useTranslation('labor');
  const language = useLanguage();
  const event = result.data?.event;
  const entries = event?.leaderboard.entries ?? [];
  const banners = new Map((event?.rounds ?? []).map((r) => [r.code, r.bannerHolders]));
  const holders = new Set((banners.get(round.code) ?? []).map((r) => r.id));
  const score = (value: number | null | undefined) => formatScore(value, scoreDecimals, language);

  return (
    <Card title={t('standings.title', { period: round.name })}>
      <QueryState {...loadStateOf(result, retry)} empty={{ when: entries.length === 0, description: t('standings.empty') }}>
        <Flex vertical gap="small">
          <Typography.Paragraph data-testid="banner-line" style={{ margin: 0 }}>
            <FlagFilled style={{ color: '#cf1322', marginInlineEnd: 6 }} />
            {t('standings.bannerLine', {
              periods: rounds
                .map((r) =>
                  t('standings.bannerPeriod', {
                    period: r.name,
                    units: (banners.get(r.code) ?? []).map(unitName).join(t('standings.unitSeparator')) || t('standings.bannerNone'),
                  }),
                )
                .join(t('standings.periodSeparator')),
            })}
          </Typography.Paragraph>
          <Table<Entry>
            rowKey={(entry) => entry.registration.id}
            dataSource={entries}
            pagination={false}
            size="small"
            scroll={{ x: 'max-content' }}
            rowClassName={(entry) => (entry.vetoed ? 'labor-vetoed' : '')}
            columns={[
              { title: t('standings.rank'), key: 'rank', width: 70, render: (_, entry) => entry.rank ?? noValue },
              {
                title: t('standings.unit'),
                key: 'unit',
                render: (_, entry) => (
                  <Space orientation="vertical" size={2}>
                    <Space wrap size={4}>
                      <Typography.Text strong>{unitName(entry.registration)}</Typography.Text>
                      {holders.has(entry.registration.id) && (
                        <Tag color="red" icon={<FlagFilled />}>
                          {t('standings.banner')}
                        </Tag>
                      )}
                      {entry.vetoed && <Tag color="red">{t('standings.veto')}</Tag>}
                    </Space>
                    {entry.vetoed && entry.vetoReasons.length > 0 && (
                      <Typography.Text type="danger">
                        {t('standings.vetoReasons', { reasons: entry.vetoReasons.map((code) => vetoReasonText(code, rounds)).join(t('standings.unitSeparator')) })}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              { title: t('standings.roundTotal'), key: 'roundTotal', align: 'right', render: (_, entry) => score(entry.roundTotal) },
              { title: t('standings.total'), key: 'total', align: 'right', render: (_, entry) => score(entry.total) },
              { title: t('standings.award'), key: 'award', render: (_, entry) => entry.award ?? noValue },
              {
                title: t('standings.state'),
                key: 'state',
                render: (_, entry) => (entry.complete ? <Tag color="green">{t('standings.complete')}</Tag> : <Tag>{t('standings.incomplete')}</Tag>),
              },
            ]}
          />
        </Flex>
      </QueryState>
    </Card>
  );
}
