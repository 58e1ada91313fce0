import { Button, Flex, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { enumName } from '../../domain/competition';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import { useViewer } from '../../layout/viewer';
import { paths } from '../../paths';
import { ConsoleLink } from '../chief-judge-console/ConsoleLink';
import './i18n';
import { OutboxStatus } from './OutboxStatus';

export const JudgePadAssignmentsQuery = graphql(`
  query JudgePadAssignments {
    me {
      username
      judgeAssignments {
        id
        role
        name
        active
        replacedBy {
          id
          name
        }
        event {
          id
          name
          competition {
            id
            name
            status
          }
        }
      }
    }
  }
`);

/** /judge: the events whose panel the signed-in person is on, running ones first; a place another judge took over last, not to be opened. */
export function JudgePadPage() {
  const { t } = useTranslation('judgePad');
  const viewer = useViewer();
  const language = useLanguage();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: JudgePadAssignmentsQuery, requestPolicy: 'cache-and-network' });
  const markable = (place: { active: boolean; event: { competition: { status: string } } }) => place.active && place.event.competition.status === 'RUNNING';
  const places = [...(data?.me?.judgeAssignments ?? [])].sort(
    (a, b) => Number(markable(b)) - Number(markable(a)) || Number(b.active) - Number(a.active),
  );

  return (
    <Flex vertical gap="middle" style={{ maxWidth: 960, margin: '0 auto' }}>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('list.title')}
        </Typography.Title>
        {viewer.username && <OutboxStatus username={viewer.username} />}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('list.intro')}
      </Typography.Paragraph>
      <QueryState
        {...loadStateOf({ data, fetching, error }, reexecute)}
        errorTitle={t('list.failed')}
        rows={3}
        empty={{
          when: places.length === 0,
          description: t('list.empty'),
          extra: <Typography.Text type="secondary">{t('list.emptyHint', { username: viewer.username })}</Typography.Text>,
        }}
      >
        <List
          aria-label={t('list.title')}
          dataSource={places}
          renderItem={(place) => {
            const running = place.event.competition.status === 'RUNNING';
            const replacedBy = place.active ? null : (place.replacedBy?.name ?? '');
            return (
              <List.Item
                key={place.id}
                actions={[
                  replacedBy !== null ? (
                    <Typography.Text key="replaced" type="secondary">
                      {t('list.replacedHint', { name: replacedBy })}
                    </Typography.Text>
                  ) : running ? (
                    <Button key="open" type="primary" size="large" onClick={() => navigate(paths.judgeEvent(place.event.id))}>
                      {t('list.open')}
                    </Button>
                  ) : (
                    <Typography.Text key="closed" type="secondary">
                      {t('list.notRunning')}
                    </Typography.Text>
                  ),
                  // the panel's chief judge locks the marks and reads the audit trail there
                  ...(place.active && place.role === 'CHIEF_JUDGE' ? [<ConsoleLink key="console" eventId={place.event.id} size="large" />] : []),
                ]}
              >
                <List.Item.Meta
                  title={
                    running && replacedBy === null ? (
                      <Link to={paths.judgeEvent(place.event.id)}>{place.event.name}</Link>
                    ) : (
                      place.event.name
                    )
                  }
                  description={
                    <Space wrap size="small">
                      <span>
                        {t('list.competition')}：{place.event.competition.name}
                      </span>
                      <Tag color={running ? 'green' : 'default'}>{enumName('status', place.event.competition.status, language)}</Tag>
                      <Tag color="red">{enumName('judgeRole', place.role, language)}</Tag>
                      {replacedBy !== null && <Tag>{t('list.replaced', { name: replacedBy })}</Tag>}
                    </Space>
                  }
                />
              </List.Item>
            );
          }}
        />
      </QueryState>
    </Flex>
  );
}
