import { Drawer, Empty, Flex, Grid, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '../../forms/QueryState';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import './i18n';
import { actionText, atText, changeText, subjectText } from './history';

export const CompetitionHistoryQuery = graphql(`
  query CompetitionHistory($id: ID!) {
    competition(id: $id) {
      id
      name
      history {
        subject
        subjectId
        subjectName
        action
        changes {
          field
          from
          to
        }
        reason
        by
        at
      }
    }
  }
`);

const subjectColors: Record<string, string> = { Competition: 'blue', Event: 'cyan', Registration: 'green', JudgeAssignment: 'purple' };
const actionColors: Record<string, string> = { WITHDRAWN: 'orange', DISQUALIFIED: 'red', REINSTATED: 'green', REMOVED: 'red', REPLACED: 'orange' };

/** 修改记录: every correction of the competition, its events, registrations and panels, newest first, in words. */
export function HistoryDrawer({ competitionId, onClose }: { competitionId: string; onClose: () => void }) {
  const { t } = useTranslation('competitions');
  const language = useLanguage();
  const screens = Grid.useBreakpoint();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CompetitionHistoryQuery, variables: { id: competitionId }, requestPolicy: 'cache-and-network' });
  const competition = data?.competition;

  return (
    <Drawer open title={t('history.title', { name: competition?.name ?? '' })} size={screens.md ? 640 : '100%'} onClose={onClose} destroyOnHidden>
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {!competition?.history.length ? (
          <Empty description={t('history.nothing')} />
        ) : (
          <List
            dataSource={competition.history}
            renderItem={(change, i) => (
              <List.Item key={`${change.subjectId}-${change.at}-${i}`}>
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Flex wrap gap={4} align="center">
                    <Tag color={subjectColors[change.subject]}>{subjectText(change.subject, t)}</Tag>
                    <Typography.Text strong>{change.subjectName}</Typography.Text>
                    <Tag color={actionColors[change.action]}>{actionText(change.action, t)}</Tag>
                  </Flex>
                  <Typography.Text type="secondary">{t('history.byAt', { by: change.by, at: atText(change.at) })}</Typography.Text>
                  {change.changes.length > 0 && (
                    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                      {change.changes.map((c) => (
                        <li key={c.field} style={{ overflowWrap: 'anywhere' }}>
                          {changeText(change.subject, c, language, t)}
                        </li>
                      ))}
                    </ul>
                  )}
                  {change.reason && <Typography.Text>{t('history.reason', { reason: change.reason })}</Typography.Text>}
                </Flex>
              </List.Item>
            )}
          />
        )}
      </QueryState>
    </Drawer>
  );
}
