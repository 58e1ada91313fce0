import { Alert, Card, Flex, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { enumName } from '../../domain/competition';
import { DownloadButton } from '../../forms/DownloadButton';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { CompetitionCommendationQuery } from '../../gql/graphql';
import { organizes, useViewer } from '../../layout/viewer';
import { paths } from '../../paths';
import { StatusTag } from '../competitions/StatusTag';
import { CommendationUnits } from './CommendationUnits';
import { commendationsWorkbookUrl } from './commendationModel';
import { DecideModal } from './DecideModal';
import './i18n';
import { NominateModal } from './NominateModal';
import { NominationList } from './NominationList';

export const CompetitionCommendationQueryDocument = graphql(`
  query CompetitionCommendation($id: ID!) {
    competition(id: $id) {
      id
      name
      kind
      status
      organization {
        id
        name
        ancestors {
          id
        }
      }
      commendation {
        open
        title
        units {
          registration {
            id
            team
            affiliation
            competitor {
              id
              name
            }
          }
          rank
          award
          vetoed
          quota
          nominated
          approved
        }
        nominations {
          id
          citation
          status
          nominatedBy
          nominatedAt
          decidedBy
          decidedAt
          note
          person {
            id
            name
            nationalIdMasked
          }
          registration {
            id
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

type CommendationCompetition = NonNullable<CompetitionCommendationQuery['competition']>;
export type Commendation = CommendationCompetition['commendation'];
export type CommendationUnit = Commendation['units'][number];
export type Nomination = Commendation['nominations'][number];

/**
 * 年终表扬 of a labor competition: each participating unit with its place in the final standings and its quota of
 * 先进个人, the nominations within them and the organizers' decisions. The competition's organizers see every unit,
 * give the quotas, decide and download the list of the commended; HR and organizers of a unit see theirs and
 * nominate (the API says who sees what). Nothing is nominated or decided before the results are published.
 */
export function CommendationsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('commendations');
  const [{ data, fetching, error }, refetch] = useQuery({ query: CompetitionCommendationQueryDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  const competition = data?.competition;

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <QueryState {...loadStateOf({ data, fetching, error }, refetch)}>
        {!competition ? (
          <Result status="404" title={t('page.notFound')} extra={<Link to={paths.competitions()}>{t('page.back')}</Link>} />
        ) : competition.kind !== 'LABOR' ? (
          <Result status="info" title={t('page.notLabor')} extra={<Link to={paths.competition(competition.id)}>{competition.name}</Link>} />
        ) : (
          <Workspace competition={competition} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
        )}
      </QueryState>
    </div>
  );
}

function Workspace({ competition, onChanged }: { competition: CommendationCompetition; onChanged: () => void }) {
  const { t } = useTranslation('commendations');
  const language = useLanguage();
  const organizer = organizes(useViewer(), competition.organization);
  const [nominating, setNominating] = useState<CommendationUnit>();
  const [deciding, setDeciding] = useState<{ nomination: Nomination; approve: boolean }>();
  const { commendation } = competition;

  return (
    <Flex vertical gap="middle">
      <Card
        title={
          <Flex vertical>
            <Typography.Title level={3} style={{ margin: 0, whiteSpace: 'normal' }}>
              {t('page.title')}
            </Typography.Title>
            <Space wrap style={{ fontWeight: 'normal' }}>
              <Link to={paths.competition(competition.id)}>{competition.name}</Link>
              <StatusTag status={competition.status} />
            </Space>
          </Flex>
        }
        extra={
          organizer && (
            <DownloadButton url={commendationsWorkbookUrl(competition.id)} fallbackName={`${t('page.fileName', { name: competition.name })}.xlsx`}>
              {t('page.download')}
            </DownloadButton>
          )
        }
      >
        <Flex vertical gap="small">
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('page.intro', { title: commendation.title })}
          </Typography.Paragraph>
          {!commendation.open && <Alert type="info" showIcon title={t('page.notOpen', { status: enumName('status', competition.status, language) })} />}
        </Flex>
      </Card>

      <CommendationUnits commendation={commendation} organizer={organizer} onNominate={setNominating} onChanged={onChanged} />
      <NominationList commendation={commendation} organizer={organizer} onDecide={(nomination, approve) => setDeciding({ nomination, approve })} onChanged={onChanged} />

      {nominating && (
        <NominateModal
          unit={nominating}
          onClose={() => setNominating(undefined)}
          onNominated={() => {
            setNominating(undefined);
            onChanged();
          }}
        />
      )}
      {deciding && (
        <DecideModal
          nomination={deciding.nomination}
          approve={deciding.approve}
          title={commendation.title}
          onClose={() => setDeciding(undefined)}
          onDecided={() => {
            setDeciding(undefined);
            onChanged();
          }}
        />
      )}
    </Flex>
  );
}
