import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { enumName } from '../../domain/competition';
import { noValue } from '../../domain/score';
import { requestFailure } from '../../forms/requestFailure';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import { statusReached } from '../competitions/statusReached';
import { RefusalLines } from '../event/RefusalLines';
import type { ConsoleEvent, ConsoleEventRound } from './ChiefJudgeConsolePage';
import { formatInstant, lockOf } from './consoleModel';
import '../../forms/i18n';
import './i18n';
import { ReopenModal } from './ReopenModal';

/** What a lock or reopening returns: the round with its locks as they are now. */
export const ConsoleRoundFields = graphql(`
  fragment ConsoleRoundFields on RoundPayload {
    round {
      code
      locks {
        module
        lockedBy
        lockedAt
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
`);

export const LockMarksMutation = graphql(`
  mutation LockMarks($input: ModuleMarksInput!) {
    lockMarks(input: $input) {
      ...ConsoleRoundFields
    }
  }
`);

type Module = ConsoleEventRound['modules'][number];

/**
 * The round's modules with their locks: 锁定 (after a confirmation) for an open one, 解锁 with a reason for a
 * locked one, offered to the competition's organizers only (the API lets nobody else). What the API refuses
 * (already locked, not running, not the panel's chief judge) is shown above the table in its words.
 */
export function LocksCard({ event, round, organizer, onChanged }: { event: ConsoleEvent; round: ConsoleEventRound; organizer: boolean; onChanged: () => void }) {
  const { t } = useTranslation('chief-judge-console');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const { message, modal } = App.useApp();
  const [, lockMarks] = useMutation(LockMarksMutation);
  const [refusal, setRefusal] = useState<string[]>([]);
  const [reopening, setReopening] = useState<Module>();

  const status = event.competition.status;
  const statusName = enumName('status', status, language);
  const mayLock = status === 'RUNNING' || status === 'SCORING_CLOSED';
  const mayReopen = !statusReached(status, 'PUBLISHED');
  const locked = round.modules.filter((m) => lockOf(round, m.code)).length;

  async function lock(module: Module) {
    setRefusal([]);
    const result = await lockMarks({ input: { eventId: event.id, round: round.code, module: module.code } });
    if (result.error) {
      setRefusal([requestFailure(result.error, tf)]);
      return;
    }
    const errors = result.data?.lockMarks.userErrors ?? [];
    if (errors.length > 0) {
      setRefusal(errors.map((e) => e.message));
      return;
    }
    void message.success(t('locks.lockDone', { module: module.name }));
    onChanged();
  }

  function confirmLock(module: Module) {
    modal.confirm({
      title: t('locks.lockTitle', { module: module.name, round: round.name }),
      content: t('locks.lockBody'),
      okText: t('locks.lockOk'),
      cancelText: t('locks.cancel'),
      onOk: () => lock(module),
    });
  }

  return (
    <Card
      title={t('locks.title')}
      extra={<Typography.Text type="secondary">{t('locks.summary', { locked, count: round.modules.length })}</Typography.Text>}
    >
      {refusal.length > 0 && (
        <Alert type="error" showIcon closable onClose={() => setRefusal([])} title={t('locks.refused')} description={<RefusalLines lines={refusal} />} style={{ marginBottom: 16 }} />
      )}
      <Table<Module>
        aria-label={t('locks.title')}
        rowKey="code"
        size="middle"
        pagination={false}
        dataSource={[...round.modules]}
        locale={{ emptyText: t('locks.empty') }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('locks.module'),
            key: 'module',
            render: (_, m) => (
              <>
                {m.name} <Typography.Text type="secondary">{m.code}</Typography.Text>
              </>
            ),
          },
          {
            title: t('locks.state'),
            key: 'state',
            render: (_, m) =>
              lockOf(round, m.code) ? (
                <Tag color="red" icon={<LockOutlined />}>
                  {t('locks.locked')}
                </Tag>
              ) : (
                <Tag color="green" icon={<UnlockOutlined />}>
                  {t('locks.open')}
                </Tag>
              ),
          },
          { title: t('locks.lockedBy'), key: 'by', render: (_, m) => lockOf(round, m.code)?.lockedBy ?? noValue },
          { title: t('locks.lockedAt'), key: 'at', render: (_, m) => { const lock = lockOf(round, m.code); return lock ? formatInstant(lock.lockedAt) : noValue; } },
          {
            title: t('locks.actions'),
            key: 'actions',
            render: (_, m) =>
              !lockOf(round, m.code) ? (
                <Tooltip title={mayLock ? undefined : t('locks.lockClosed', { status: statusName })}>
                  <Button icon={<LockOutlined />} disabled={!mayLock} onClick={() => confirmLock(m)}>
                    {t('locks.lock')}
                  </Button>
                </Tooltip>
              ) : organizer ? (
                <Tooltip title={mayReopen ? undefined : t('locks.reopenClosed', { status: statusName })}>
                  <Button icon={<UnlockOutlined />} disabled={!mayReopen} onClick={() => setReopening(m)}>
                    {t('locks.reopen')}
                  </Button>
                </Tooltip>
              ) : (
                <Typography.Text type="secondary">{t('locks.organizersReopen')}</Typography.Text>
              ),
          },
        ]}
      />
      {reopening && (
        <ReopenModal
          eventId={event.id}
          round={round}
          module={reopening}
          onClose={() => setReopening(undefined)}
          onReopened={() => {
            setReopening(undefined);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
