import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { requestFailure } from '../../forms/requestFailure';
import { messageWithoutPath } from '../../forms/userErrors';
import { graphql } from '../../gql';
import { unitName } from '../labor/assessModel';
import '../../forms/i18n';
import type { Commendation, CommendationUnit } from './CommendationsPage';
import { maxQuota, nominationBar, quotaUsed } from './commendationModel';
import './i18n';

export const SetCommendationQuotaMutation = graphql(`
  mutation SetCommendationQuota($input: SetCommendationQuotaInput!) {
    setCommendationQuota(input: $input) {
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const barTexts = { vetoed: 'units.noPart', noQuota: 'units.noQuota', usedUp: 'units.usedUp' } as const;

/**
 * 参赛单位与名额: each unit the caller may see with its rank, award or veto (一票否决) in the final standings, its
 * quota (given by the organizers here), how much of it its nominations take, and 推荐 while places are left.
 */
export function CommendationUnits({
  commendation,
  organizer,
  onNominate,
  onChanged,
}: {
  commendation: Commendation;
  organizer: boolean;
  onNominate: (unit: CommendationUnit) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation('commendations');
  const { open, units } = commendation;

  return (
    <Card title={t('units.title')}>
      <Table<CommendationUnit>
        aria-label={t('units.title')}
        rowKey={(unit) => unit.registration.id}
        dataSource={units}
        pagination={units.length > 50 ? { pageSize: 50 } : false}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: (
            <Flex vertical gap={4} style={{ padding: 16 }}>
              <Typography.Text>{t('units.empty')}</Typography.Text>
              <Typography.Text type="secondary">{t('units.emptyHint')}</Typography.Text>
            </Flex>
          ),
        }}
        columns={[
          {
            title: t('units.unit'),
            key: 'unit',
            render: (_, unit) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>{unitName(unit.registration)}</Typography.Text>
                {unit.registration.affiliation && <Typography.Text type="secondary">{unit.registration.affiliation}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('units.rank'), key: 'rank', render: (_, unit) => unit.rank ?? '—' },
          {
            title: t('units.award'),
            key: 'award',
            render: (_, unit) =>
              unit.vetoed ? <Tag color="red">{t('units.vetoed')}</Tag> : unit.award ? <Tag color="gold">{unit.award}</Tag> : '—',
          },
          {
            title: t('units.quota'),
            key: 'quota',
            render: (_, unit) =>
              unit.vetoed ? (
                '—'
              ) : organizer ? (
                <QuotaEditor key={`${unit.registration.id}:${unit.quota}`} unit={unit} disabled={!open} onSaved={onChanged} />
              ) : (
                unit.quota
              ),
          },
          {
            title: t('units.used'),
            key: 'used',
            render: (_, unit) => (
              <Space orientation="vertical" size={0}>
                <span>{t('units.usedValue', { used: quotaUsed(unit), quota: unit.quota })}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('units.usedDetail', { nominated: unit.nominated, approved: unit.approved })}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('units.actions'),
            key: 'actions',
            render: (_, unit) => {
              if (!open) return null;
              const bar = nominationBar(unit);
              return bar ? (
                <Typography.Text type="secondary">{t(barTexts[bar])}</Typography.Text>
              ) : (
                <Button icon={<UserAddOutlined />} autoInsertSpace={false} onClick={() => onNominate(unit)}>
                  {t('units.nominate')}
                </Button>
              );
            },
          },
        ]}
      />
    </Card>
  );
}

/** The organizers' quota of one unit: 0 to 1000 persons, saved on its own; the API's refusal (below what is used, FORBIDDEN …) under it. */
function QuotaEditor({ unit, disabled, onSaved }: { unit: CommendationUnit; disabled: boolean; onSaved: () => void }) {
  const { t } = useTranslation('commendations');
  const { t: tf } = useTranslation('forms');
  const { t: tt } = useTranslation();
  const { message } = App.useApp();
  const [quota, setQuota] = useState<number | null>(unit.quota);
  const [problem, setProblem] = useState<string>();
  const [{ fetching }, save] = useMutation(SetCommendationQuotaMutation);
  const name = unitName(unit.registration);

  async function submit() {
    if (quota === null) return;
    setProblem(undefined);
    const result = await save({ input: { registrationId: unit.registration.id, quota } });
    const errors = result.data?.setCommendationQuota.userErrors ?? [];
    if (result.error || errors.length) {
      const why = result.error ? requestFailure(result.error, tf) : errors.map(messageWithoutPath).join(tt('punctuation.separator'));
      setProblem(t('units.refused', { message: why }));
      return;
    }
    void message.success(t('units.quotaSaved', { unit: name, quota }));
    onSaved();
  }

  return (
    <Flex vertical gap={2}>
      <Space.Compact>
        <InputNumber
          aria-label={t('units.quotaLabel', { unit: name })}
          min={0}
          max={maxQuota}
          precision={0}
          value={quota}
          disabled={disabled}
          status={problem ? 'error' : undefined}
          style={{ width: 90 }}
          onChange={(value) => {
            setQuota(value);
            setProblem(undefined);
          }}
        />
        {/* disabled while saving rather than `loading`: the spinner would change the button's name */}
        <Button disabled={disabled || fetching || quota === null || quota === unit.quota} autoInsertSpace={false} onClick={() => void submit()}>
          {t('units.saveQuota')}
        </Button>
      </Space.Compact>
      {problem && (
        <Typography.Text type="danger" style={{ fontSize: 12, maxWidth: 260 }}>
          {problem}
        </Typography.Text>
      )}
    </Flex>
  );
}
