import { CheckOutlined, CloseOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { requestFailure } from '../../forms/requestFailure';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import { unitName } from '../labor/assessModel';
import '../../forms/i18n';
import type { Commendation, Nomination } from './CommendationsPage';
import { nominationStatuses, shownNominations } from './commendationModel';
import './i18n';

export const WithdrawCommendationNominationMutation = graphql(`
  mutation WithdrawCommendationNomination($id: ID!) {
    withdrawCommendationNomination(id: $id) {
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const nominationStatusColors: Record<string, string> = { NOMINATED: 'gold', APPROVED: 'green', REJECTED: 'red', WITHDRAWN: 'default' };

const all = 'ALL';

/**
 * 推荐名单: the nominations the caller may see, by unit and status, each with the person, the unit, the citation,
 * who nominated and who decided (with the note); 撤回 while it waits, 通过 and 不予通过 for the organizers once open.
 */
export function NominationList({
  commendation,
  organizer,
  onDecide,
  onChanged,
}: {
  commendation: Commendation;
  organizer: boolean;
  onDecide: (nomination: Nomination, approve: boolean) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation('commendations');
  const { t: tf } = useTranslation('forms');
  const { t: tt } = useTranslation();
  const language = useLanguage();
  const { modal, message } = App.useApp();
  const [registrationId, setRegistrationId] = useState<string>();
  const [status, setStatus] = useState<string>(all);
  const [, withdraw] = useMutation(WithdrawCommendationNominationMutation);
  const { nominations, units, open } = commendation;
  const ofUnit = shownNominations(nominations, { registrationId });
  const shown = shownNominations(ofUnit, { status: status === all ? undefined : status });
  const byAt = (by?: string | null, at?: string | null) => (by ? t('nominations.byAt', { by, at: at ? new Date(at).toLocaleString(language) : '' }) : '—');

  function confirmWithdraw(nomination: Nomination) {
    const name = nomination.person.name;
    modal.confirm({
      title: t('nominations.withdrawTitle', { name }),
      content: t('nominations.withdrawBody'),
      okText: t('nominations.withdrawOk'),
      cancelText: t('cancel'),
      onOk: async () => {
        const result = await withdraw({ id: nomination.id });
        const errors = result.data?.withdrawCommendationNomination.userErrors ?? [];
        if (result.error || errors.length) {
          const why = result.error ? requestFailure(result.error, tf) : errors.map((e) => e.message).join(tt('punctuation.separator'));
          void message.error(t('nominations.refused', { message: why }));
          return;
        }
        void message.success(t('nominations.withdrawn', { name }));
        onChanged();
      },
    });
  }

  return (
    <Card title={t('nominations.title')}>
      <Flex vertical gap="middle">
        <Flex gap="middle" wrap align="center">
          <Select
            aria-label={t('nominations.unitFilter')}
            allowClear
            placeholder={t('nominations.allUnits')}
            style={{ minWidth: 220 }}
            value={registrationId}
            onChange={(value?: string) => setRegistrationId(value)}
            options={units.map((unit) => ({ value: unit.registration.id, label: unitName(unit.registration) }))}
          />
          <Segmented
            aria-label={t('nominations.statusFilter')}
            value={status}
            onChange={(value) => setStatus(String(value))}
            options={[
              { value: all, label: `${t('nominations.all')} ${ofUnit.length}` },
              ...nominationStatuses.map((s) => ({ value: s, label: `${t(`status.${s}`)} ${shownNominations(ofUnit, { status: s }).length}` })),
            ]}
          />
        </Flex>
        <Table<Nomination>
          aria-label={t('nominations.title')}
          rowKey="id"
          dataSource={shown}
          pagination={shown.length > 20 ? { pageSize: 20 } : false}
          size="middle"
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('nominations.empty') }}
          columns={[
            {
              title: t('nominations.person'),
              key: 'person',
              render: (_, n) => (
                <Space orientation="vertical" size={0}>
                  <Typography.Text strong>{n.person.name}</Typography.Text>
                  {n.person.nationalIdMasked && <Typography.Text type="secondary">{n.person.nationalIdMasked}</Typography.Text>}
                </Space>
              ),
            },
            { title: t('nominations.unit'), key: 'unit', render: (_, n) => unitName(n.registration) },
            {
              title: t('nominations.citation'),
              key: 'citation',
              render: (_, n) => <Typography.Paragraph style={{ margin: 0, maxWidth: 420, whiteSpace: 'pre-wrap' }}>{n.citation}</Typography.Paragraph>,
            },
            {
              title: t('nominations.status'),
              key: 'status',
              render: (_, n) => (
                <Space orientation="vertical" size={0}>
                  <Tag color={nominationStatusColors[n.status]}>{t(`status.${n.status}`, { defaultValue: n.status })}</Tag>
                  {n.note && <Typography.Text type="secondary">{t('nominations.note', { note: n.note })}</Typography.Text>}
                </Space>
              ),
            },
            { title: t('nominations.nominated'), key: 'nominated', render: (_, n) => byAt(n.nominatedBy, n.nominatedAt), responsive: ['md'] },
            { title: t('nominations.decided'), key: 'decided', render: (_, n) => byAt(n.decidedBy, n.decidedAt), responsive: ['md'] },
            {
              title: t('nominations.actions'),
              key: 'actions',
              render: (_, n) =>
                n.status === 'NOMINATED' && (
                  <Space wrap>
                    {organizer && open && (
                      <>
                        <Button type="primary" icon={<CheckOutlined />} autoInsertSpace={false} onClick={() => onDecide(n, true)}>
                          {t('nominations.approve')}
                        </Button>
                        <Button danger icon={<CloseOutlined />} autoInsertSpace={false} onClick={() => onDecide(n, false)}>
                          {t('nominations.reject')}
                        </Button>
                      </>
                    )}
                    <Button icon={<RollbackOutlined />} autoInsertSpace={false} onClick={() => confirmWithdraw(n)}>
                      {t('nominations.withdraw')}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
