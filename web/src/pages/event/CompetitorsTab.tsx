import { FileExcelOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Empty, Flex, Grid, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enumName, laterStatuses } from '../../domain/competition';
import { skillLevelLabel } from '../../domain/skillLevel';
import { useLanguage } from '../../forms/useLanguage';
import { RosterImport } from '../roster-import';
import type { OrganizerEvent } from './EventPage';
import './i18n';
import { RegisterCompetitorForm } from './RegisterCompetitorForm';

type RegistrationRow = OrganizerEvent['registrations']['edges'][number]['node'];

/** 选手: who is registered, and the two ways to register more. */
export function CompetitorsTab({ event, onChanged }: { event: OrganizerEvent; onChanged: () => void }) {
  const { t } = useTranslation('event');
  const language = useLanguage();
  const screens = Grid.useBreakpoint();
  const [registering, setRegistering] = useState(false);
  const [importing, setImporting] = useState(false);
  // registration stays open until the competition is past RUNNING (as the API allows)
  const open = laterStatuses(event.competition.status).includes('SCORING_CLOSED');
  const rows = event.registrations.edges.map((edge) => edge.node);

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
          columns={[
            { title: t('competitors.bib'), dataIndex: 'bib', width: 80 },
            {
              title: t('competitors.name'),
              key: 'name',
              render: (_, row) =>
                event.format === 'TEAM' ? (
                  <span>
                    <Typography.Text strong>{row.team}</Typography.Text>：{row.members.map((m) => m.name).join('、')}
                  </span>
                ) : (
                  row.competitor.name
                ),
            },
            { title: t('competitors.affiliation'), dataIndex: 'affiliation', responsive: ['sm'] },
            { title: t('competitors.category'), key: 'category', render: (_, row) => enumName('category', row.competitor.category, language), responsive: ['md'] },
            {
              title: t('competitors.skillLevel'),
              key: 'skillLevel',
              render: (_, row) => (row.competitor.skillLevel ? skillLevelLabel(row.competitor.skillLevel, language) : ''),
              responsive: ['md'],
            },
            { title: t('competitors.nationalId'), key: 'id', render: (_, row) => row.competitor.nationalIdMasked, responsive: ['lg'] },
            { title: t('competitors.status'), dataIndex: 'status', render: (status: string) => <Tag>{status}</Tag>, responsive: ['lg'] },
          ]}
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
