import { DownOutlined, EditOutlined, HistoryOutlined, PlusOutlined, TrophyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Dropdown, Empty, Flex, List, Result, Segmented, Space, Steps, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { competitionStatuses, enumName, laterStatuses, resultsVisibilities } from '../../domain/competition';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { CompetitionStatus, ResultsVisibility } from '../../gql/graphql';
import { mayUse } from '../../layout/access';
import { hasAnyRole, useViewer } from '../../layout/viewer';
import { paths } from '../../paths';
import '../../forms/i18n';
import './i18n';
import { AppealsCard } from './AppealsCard';
import { ApprovalCard } from './ApprovalCard';
import { EditCompetitionDrawer } from './EditCompetitionDrawer';
import { HistoryDrawer } from './HistoryDrawer';
import { PublicationCard } from './PublicationCard';
import { PublishResultsModal } from './PublishResultsModal';
import { statusReached } from './statusReached';
import { StatusTag } from './StatusTag';
import { requestFailure } from '../../forms/requestFailure';

export const CompetitionQuery = graphql(`
  query Competition($id: ID!) {
    competition(id: $id) {
      id
      name
      kind
      level
      status
      resultsVisibility
      startsOn
      endsOn
      organizerName
      publication {
        publishedAt
        noticeEndsAt
        publishedBy
      }
      organization {
        id
        name
        ancestors {
          id
        }
      }
      approval {
        status
        pendingAt {
          id
          name
          ancestors {
            id
          }
          parent {
            id
            name
          }
        }
        approvedBy {
          id
          name
        }
        reviews {
          organization {
            id
            name
          }
          decision
          reviewer
          note
          decidedAt
        }
      }
      events {
        id
        name
        format
        occupationCode
        judges {
          id
        }
        registrations(first: 1) {
          totalCount
        }
      }
    }
  }
`);

export const SetCompetitionStatusMutation = graphql(`
  mutation SetCompetitionStatus($id: ID!, $status: CompetitionStatus!) {
    setCompetitionStatus(id: $id, status: $status) {
      competition {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const FinalizeResultsMutation = graphql(`
  mutation FinalizeResults($competitionId: ID!) {
    finalizeResults(competitionId: $competitionId) {
      competition {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetResultsVisibilityMutation = graphql(`
  mutation SetResultsVisibility($id: ID!, $visibility: ResultsVisibility!) {
    setResultsVisibility(id: $id, visibility: $visibility) {
      competition {
        id
        resultsVisibility
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/**
 * One competition: its facts, its status (forward only), results visibility, and its events. Once scoring is closed
 * the status card offers 公布成绩 (a notice period, publishResults) before the plain move (no notice period), then
 * 确认最终成绩 (finalizeResults); the publication and the appeals (申诉, decided by the organizers) follow it.
 */
export function CompetitionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('competitions');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const viewer = useViewer();
  const organizer = hasAnyRole(viewer, 'organizer');
  const { modal, message } = App.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CompetitionQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [{ fetching: moving }, setStatus] = useMutation(SetCompetitionStatusMutation);
  const [{ fetching: changingVisibility }, setVisibility] = useMutation(SetResultsVisibilityMutation);
  const [{ fetching: finalizing }, finalize] = useMutation(FinalizeResultsMutation);
  const [problem, setProblem] = useState<string>();
  const [finalizeProblem, setFinalizeProblem] = useState<string>();
  const [drawer, setDrawer] = useState<'edit' | 'history' | 'publish'>();
  const competition = data?.competition;
  const labor = competition?.kind === 'LABOR';
  // A LABOR competition leaves DRAFT only once approved (setCompetitionStatus says WRONG_STATE); its plan is fixed while declared and once approved.
  const awaitingApproval = labor && competition.status === 'DRAFT' && competition.approval.status !== 'APPROVED';
  const planFixed = labor && (competition.approval.status === 'DECLARED' || competition.approval.status === 'APPROVED');
  const assesses = labor && mayUse('laborAssess', viewer.roles);
  const commends = labor && mayUse('laborCommendations', viewer.roles);

  function moveTo(status: CompetitionStatus) {
    const name = enumName('status', status, language);
    // reaching 成绩公示 or moving past it by setCompetitionStatus publishes with no notice period: say so
    const skipsNotice = !!competition && !statusReached(competition.status, 'PUBLISHED') && statusReached(status, 'PUBLISHED');
    modal.confirm({
      title: t('detail.confirmTitle', { status: name }),
      content: skipsNotice ? (
        <>
          <Typography.Paragraph>{t('detail.confirmBody')}</Typography.Paragraph>
          <Typography.Paragraph type="warning">{t('publication.skipsNotice')}</Typography.Paragraph>
        </>
      ) : (
        t('detail.confirmBody')
      ),
      okText: t('detail.confirmOk'),
      cancelText: t('detail.cancel'),
      onOk: async () => {
        setProblem(undefined);
        const result = await setStatus({ id, status });
        const errors = result.data?.setCompetitionStatus.userErrors ?? [];
        if (result.error || errors.length) {
          setProblem(result.error ? requestFailure(result.error, tf) : errors.map((e) => e.message).join('\n'));
          return;
        }
        void message.success(t('detail.statusChanged', { status: name }));
        refetch({ requestPolicy: 'network-only' });
      },
    });
  }

  /** 确认最终成绩: PUBLISHED → FINAL; the API refuses it (WRONG_STATE) while the notice period runs or an appeal is open, and says which. */
  function confirmFinalize() {
    if (!competition) return;
    modal.confirm({
      title: t('publication.finalizeTitle', { name: competition.name }),
      content: t('publication.finalizeBody'),
      okText: t('publication.finalizeOk'),
      cancelText: t('detail.cancel'),
      onOk: async () => {
        setFinalizeProblem(undefined);
        const result = await finalize({ competitionId: id });
        const errors = result.data?.finalizeResults.userErrors ?? [];
        if (result.error || errors.length) {
          setFinalizeProblem(result.error ? requestFailure(result.error, tf) : errors.map((e) => e.message).join('\n'));
          return;
        }
        void message.success(t('publication.finalized'));
        refetch({ requestPolicy: 'network-only' });
      },
    });
  }

  function changeVisibility(visibility: ResultsVisibility) {
    const name = enumName('visibility', visibility, language);
    modal.confirm({
      title: t('detail.visibilityConfirm', { visibility: name }),
      content: t(`detail.visibilityHelp.${visibility}`),
      okText: t('detail.confirmOk'),
      cancelText: t('detail.cancel'),
      onOk: async () => {
        setProblem(undefined);
        const result = await setVisibility({ id, visibility });
        const errors = result.data?.setResultsVisibility.userErrors ?? [];
        if (result.error || errors.length) {
          setProblem(result.error ? requestFailure(result.error, tf) : errors.map((e) => e.message).join('\n'));
          return;
        }
        void message.success(t('detail.visibilityChanged', { visibility: name }));
      },
    });
  }

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto' }}>
      <QueryState {...loadStateOf({ data, fetching, error }, refetch)}>
        {!competition ? (
          <Result status="404" title={t('detail.notFound')} extra={<Link to={paths.competitions()}>{t('detail.back')}</Link>} />
        ) : (
          <Flex vertical gap="middle">
            <Card
              title={
                <Typography.Title level={3} style={{ margin: 0, whiteSpace: 'normal' }}>
                  {competition.name}
                </Typography.Title>
              }
              extra={<StatusTag status={competition.status} />}
              // an empty list draws no action bar
              actions={[
                organizer && (
                  <Tooltip key="edit" title={statusReached(competition.status, 'FINAL') ? t('edit.finalLocked', { status: enumName('status', competition.status, language) }) : undefined}>
                    <Button type="link" icon={<EditOutlined />} disabled={statusReached(competition.status, 'FINAL')} onClick={() => setDrawer('edit')}>
                      {t('edit.action')}
                    </Button>
                  </Tooltip>
                ),
                organizer && (
                  <Button key="history" type="link" icon={<HistoryOutlined />} onClick={() => setDrawer('history')}>
                    {t('history.action')}
                  </Button>
                ),
                commends && (
                  <Link key="commendations" to={paths.laborCommendations(competition.id)}>
                    <TrophyOutlined /> {t('detail.commendations')}
                  </Link>
                ),
              ].filter(Boolean)}
            >
              <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
                <Descriptions.Item label={t('field.kind')}>{enumName('kind', competition.kind, language)}</Descriptions.Item>
                <Descriptions.Item label={t('field.level')}>{enumName('level', competition.level, language)}</Descriptions.Item>
                <Descriptions.Item label={t('field.dates')}>{[competition.startsOn, competition.endsOn].filter(Boolean).join(' ~ ') || '—'}</Descriptions.Item>
                <Descriptions.Item label={t('field.organization')}>{competition.organization.name}</Descriptions.Item>
                <Descriptions.Item label={t('field.organizerName')}>{competition.organizerName ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('field.resultsVisibility')}>{enumName('visibility', competition.resultsVisibility, language)}</Descriptions.Item>
              </Descriptions>
            </Card>

            {problem && <Alert type="error" showIcon closable title={tf('saveFailed')} description={problem} onClose={() => setProblem(undefined)} />}

            {labor && <ApprovalCard competition={competition} onChanged={() => refetch({ requestPolicy: 'network-only' })} />}

            <Card title={t('detail.statusTitle')}>
              <Steps
                size="small"
                current={competitionStatuses.indexOf(competition.status as (typeof competitionStatuses)[number])}
                items={competitionStatuses.map((status) => ({ title: enumName('status', status, language) }))}
                responsive
                style={{ marginBottom: 16 }}
              />
              {organizer &&
                (laterStatuses(competition.status).length === 0 ? (
                  <Typography.Text type="secondary">{t('detail.finalStatus')}</Typography.Text>
                ) : (
                  <Space wrap>
                    {/* once scoring is closed: 公布成绩 with a notice period first, the plain move (0 days) still beside it */}
                    {competition.status === 'SCORING_CLOSED' && (
                      <Button type="primary" onClick={() => setDrawer('publish')}>
                        {t('publication.publish')}
                      </Button>
                    )}
                    {competition.status === 'PUBLISHED' ? (
                      <Button type="primary" loading={finalizing} onClick={confirmFinalize}>
                        {t('publication.finalize')}
                      </Button>
                    ) : (
                      <Tooltip title={awaitingApproval ? t('detail.laborNeedsApproval') : undefined}>
                        <Button
                          type={competition.status === 'SCORING_CLOSED' ? 'default' : 'primary'}
                          loading={moving}
                          disabled={awaitingApproval}
                          onClick={() => moveTo(laterStatuses(competition.status)[0])}
                        >
                          {t('detail.advance', { status: enumName('status', laterStatuses(competition.status)[0], language) })}
                        </Button>
                      </Tooltip>
                    )}
                    {laterStatuses(competition.status).length > 1 && (
                      <Dropdown
                        disabled={awaitingApproval}
                        menu={{
                          items: laterStatuses(competition.status)
                            .slice(1)
                            .map((status) => ({ key: status, label: enumName('status', status, language) })),
                          onClick: ({ key }) => moveTo(key as CompetitionStatus),
                        }}
                      >
                        <Button disabled={awaitingApproval}>
                          {t('detail.moveTo')} <DownOutlined />
                        </Button>
                      </Dropdown>
                    )}
                    {awaitingApproval && <Typography.Text type="warning">{t('detail.laborNeedsApproval')}</Typography.Text>}
                  </Space>
                ))}
              {organizer && competition.status === 'SCORING_CLOSED' && (
                <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                  {t('publication.notYet')}
                </Typography.Paragraph>
              )}
              {finalizeProblem && (
                <Alert
                  type="error"
                  showIcon
                  closable
                  style={{ marginTop: 16 }}
                  title={t('publication.finalizeRefused')}
                  description={<div style={{ whiteSpace: 'pre-line' }}>{finalizeProblem}</div>}
                  onClose={() => setFinalizeProblem(undefined)}
                />
              )}
            </Card>

            {competition.publication && (
              <PublicationCard competitionId={competition.id} publication={competition.publication} status={competition.status} organizer={organizer} />
            )}
            {statusReached(competition.status, 'PUBLISHED') && <AppealsCard competition={competition} organizer={organizer} />}

            {organizer && (
              <Card title={t('detail.visibilityTitle')}>
                <Flex vertical gap="small">
                  <Segmented<ResultsVisibility>
                    value={competition.resultsVisibility}
                    disabled={changingVisibility}
                    options={resultsVisibilities.map((v) => ({ value: v, label: enumName('visibility', v, language) }))}
                    onChange={(value) => changeVisibility(value)}
                  />
                  <Typography.Text type="secondary">{t(`detail.visibilityHelp.${competition.resultsVisibility}`)}</Typography.Text>
                </Flex>
              </Card>
            )}

            <Card
              title={t('detail.eventsTitle')}
              extra={
                organizer && (
                  <Tooltip
                    title={
                      !laterStatuses(competition.status).includes('SCORING_CLOSED')
                        ? t('detail.newEventClosed')
                        : planFixed
                          ? t('detail.planFixed', { approval: t(`approval.status.${competition.approval.status}`) })
                          : ''
                    }
                  >
                    <Link to={paths.newEvent(competition.id)}>
                      <Button icon={<PlusOutlined />} disabled={!laterStatuses(competition.status).includes('SCORING_CLOSED') || planFixed}>
                        {t('detail.newEvent')}
                      </Button>
                    </Link>
                  </Tooltip>
                )
              }
            >
              {competition.events.length === 0 ? (
                <Empty description={t('detail.noEvents')} />
              ) : (
                <List
                  dataSource={competition.events}
                  renderItem={(event) => (
                    <List.Item
                      actions={[
                        organizer && (
                          <Link key="manage" to={paths.event(event.id)}>
                            {t('detail.manage')}
                          </Link>
                        ),
                        assesses && (
                          <Link key="assess" to={paths.laborAssess(event.id)}>
                            {t('detail.assess')}
                          </Link>
                        ),
                        <Link key="scoreboard" to={paths.scoreboard(event.id)}>
                          {t('detail.scoreboard')}
                        </Link>,
                      ].filter(Boolean)}
                    >
                      <List.Item.Meta
                        title={organizer ? <Link to={paths.event(event.id)}>{event.name}</Link> : event.name}
                        description={
                          <Space wrap size={4}>
                            <Tag>{enumName('format', event.format, language)}</Tag>
                            {event.occupationCode && <Tag>{event.occupationCode}</Tag>}
                            <span>{t(labor ? 'detail.units' : 'detail.competitors', { count: event.registrations.totalCount })}</span>
                            <span>·</span>
                            <span>{t('detail.judges', { count: event.judges.length })}</span>
                          </Space>
                        }
                      />
                    </List.Item>
                  )}
                />
              )}
            </Card>
            {drawer === 'edit' && (
              <EditCompetitionDrawer
                competition={competition}
                onClose={() => setDrawer(undefined)}
                onSaved={() => {
                  setDrawer(undefined);
                  refetch({ requestPolicy: 'network-only' });
                }}
              />
            )}
            {drawer === 'history' && <HistoryDrawer competitionId={competition.id} onClose={() => setDrawer(undefined)} />}
            {drawer === 'publish' && (
              <PublishResultsModal
                competition={competition}
                onClose={() => setDrawer(undefined)}
                onPublished={() => {
                  setDrawer(undefined);
                  refetch({ requestPolicy: 'network-only' });
                }}
              />
            )}
          </Flex>
        )}
      </QueryState>
    </div>
  );
}
