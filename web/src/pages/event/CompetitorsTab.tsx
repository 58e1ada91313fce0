import { FileExcelOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Empty, Flex, Grid, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enumName, laterStatuses, takesPart } from '../../domain/competition';
import { skillLevelLabel } from '../../domain/skillLevel';
import { useLanguage } from '../../forms/useLanguage';
import { RosterImport } from '../roster-import';
import { statusReached } from '../competitions/statusReached';
import type { OrganizerEvent } from './EventPage';
import './i18n';
import { RegisterCompetitorForm } from './RegisterCompetitorForm';
import type { RegistrationAction } from './registrationActions';
import { RegistrationDrawer } from './RegistrationDrawer';
import { useWho, type RegistrationRow } from './registrationRow';
import { RegistrationRowActions } from './RegistrationRowActions';
import { RegistrationStatusTag } from './RegistrationStatusTag';
import './roster.css';
import { StatusChangeModal, type StatusChange } from './StatusChangeModal';

/**
 * 选手: who is registered (status, level and category as registered; the 抽签号 once the competition runs), the two ways to register more, and per
 * row the corrections: 修改 (a drawer with the registration's history), 退赛, 取消资格, 恢复参赛.
 */
export function CompetitorsTab({ event, onChanged }: { event: OrganizerEvent; onChanged: () => void }) {
  const { t } = useTranslation('event');
  const language = useLanguage();
  const screens = Grid.useBreakpoint();
  const [registering, setRegistering] = useState(false);
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<RegistrationRow>();
  const [changing, setChanging] = useState<{ change: StatusChange; registration: RegistrationRow }>();
  const teamEvent = event.format === 'TEAM';
  const labor = event.competition.kind === 'LABOR';
  const who = useWho(teamEvent);
  // registration stays open until the competition is past RUNNING (as the API allows)
  const open = laterStatuses(event.competition.status).includes('SCORING_CLOSED');
  // 抽签号 are drawn when the competition starts RUNNING
  const drawn = statusReached(event.competition.status, 'RUNNING');
  const rows = event.registrations.edges.map((edge) => edge.node);

  function act(registration: RegistrationRow, action: RegistrationAction) {
    if (action === 'edit') setEditing(registration);
    else setChanging({ change: action, registration });
  }

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Text>{t('competitors.count', { count: event.registrations.totalCount })}</Typography.Text>
        <Flex gap="small" wrap>
          <Button icon={<UserAddOutlined />} disabled={!open} onClick={() => setRegistering(true)}>
            {t('competitors.registerOne')}
          </Button>
          <Button type="primary" icon={<FileExcelOutlined />} disabled={!open} onClick={() => setImporting(true)}>
            {t('competitors.importRoster')}
          </Button>
        </Flex>
      </Flex>
      {!open && <Alert type="info" showIcon title={t('competitors.closed')} />}
      {rows.length === 0 ? (
        <Empty description={t('competitors.empty')} />
      ) : (
        <Table<RegistrationRow>
          rowKey="id"
          size="small"
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50 } : false}
          scroll={{ x: 'max-content' }}
          // withdrawn and disqualified registrations stay listed, greyed (roster.css)
          rowClassName={(row) => (takesPart(row.status) ? '' : 'roster-row-out')}
          columns={[
            { title: t('competitors.bib'), dataIndex: 'bib', width: 80 },
            ...(drawn ? [{ title: t('competitors.drawCode'), key: 'drawCode', width: 90, render: (_: unknown, row: RegistrationRow) => row.drawCode ?? '—' }] : []),
            {
              title: t('competitors.name'),
              key: 'name',
              render: (_, row) =>
                teamEvent ? (
                  <span>
                    <Typography.Text strong>{row.team}</Typography.Text>：{row.members.map((m) => m.name).join('、')}
                  </span>
                ) : (
                  row.competitor.name
                ),
            },
            { title: t('competitors.affiliation'), dataIndex: 'affiliation', responsive: ['sm'] },
            // a labor competition's unit brings this many workers (参赛职工人数, for the statistics)
            ...(labor ? [{ title: t('competitors.participants'), dataIndex: 'participants', align: 'right' as const }] : []),
            { title: t('competitors.category'), key: 'category', render: (_, row) => enumName('category', row.category, language), responsive: ['md'] },
            {
              title: t('competitors.skillLevel'),
              key: 'skillLevel',
              // as registered; the person's level now beside it when it differs (a promotion since)
              render: (_, row) => (
                <Flex vertical>
                  <span>{row.skillLevel ? skillLevelLabel(row.skillLevel, language) : ''}</span>
                  {row.competitor.skillLevel && row.competitor.skillLevel !== row.skillLevel && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('competitors.currentLevel', { level: skillLevelLabel(row.competitor.skillLevel, language) })}
                    </Typography.Text>
                  )}
                </Flex>
              ),
              responsive: ['md'],
            },
            { title: t('competitors.nationalId'), key: 'id', render: (_, row) => row.competitor.nationalIdMasked, responsive: ['lg'] },
            {
              title: t('competitors.status'),
              key: 'status',
              className: 'roster-status',
              render: (_, row) => (
                <Flex vertical align="start">
                  <RegistrationStatusTag status={row.status} />
                  {row.statusReason && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('registrationEdit.reason', { reason: row.statusReason })}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              title: t('competitors.actions'),
              key: 'actions',
              className: 'roster-actions',
              fixed: 'right',
              render: (_, row) => (
                <RegistrationRowActions
                  status={row.status}
                  competitionStatus={event.competition.status}
                  compact={!screens.md}
                  label={who(row)}
                  onAction={(action) => act(row, action)}
                />
              ),
            },
          ]}
        />
      )}
      {editing && (
        <RegistrationDrawer
          key={editing.id}
          registration={editing}
          teamEvent={teamEvent}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            onChanged();
          }}
        />
      )}
      {changing && (
        <StatusChangeModal
          key={`${changing.change}-${changing.registration.id}`}
          change={changing.change}
          registration={changing.registration}
          teamEvent={teamEvent}
          onClose={() => setChanging(undefined)}
          onChanged={onChanged}
        />
      )}
      <Modal open={registering} title={t('register.title')} footer={null} onCancel={() => setRegistering(false)} width={680} destroyOnHidden>
        <RegisterCompetitorForm
          event={event}
          onRegistered={() => {
            setRegistering(false);
            onChanged();
          }}
        />
      </Modal>
      <Drawer
        open={importing}
        title={t('competitors.importRoster')}
        onClose={() => setImporting(false)}
        size={screens.lg ? 960 : '100%'}
        destroyOnHidden
      >
        <RosterImport
          event={event}
          onImported={() => {
            setImporting(false);
            onChanged();
          }}
        />
      </Drawer>
    </Flex>
  );
}
