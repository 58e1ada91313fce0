import { Drawer, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { graphql } from '../../gql';
import { RecordChangeList } from '../../history/RecordChangeList';
import './i18n';

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

/** 修改记录: every correction of the competition, its events, registrations and panels, newest first, in words. */
export function HistoryDrawer({ competitionId, onClose }: { competitionId: string; onClose: () => void }) {
  const { t } = useTranslation('competitions');
  const screens = Grid.useBreakpoint();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CompetitionHistoryQuery, variables: { id: competitionId }, requestPolicy: 'cache-and-network' });
  const competition = data?.competition;

  return (
    <Drawer open title={t('history.title', { name: competition?.name ?? '' })} size={screens.md ? 640 : '100%'} onClose={onClose} destroyOnHidden>
      <QueryState {...loadStateOf({ data, fetching, error }, refetch)}>
        <RecordChangeList records={competition?.history ?? []} empty={t('history.nothing')} />
      </QueryState>
    </Drawer>
  );
}
