import { CloudSyncOutlined, DisconnectOutlined, WifiOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Flex, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import './i18n';
import { useMarkQueue, type MarkQueueView } from './useMarkQueue';

/** "待发送 n", online or not, and what to do with batches the server would not take. */
export function OutboxBar({ view }: { view: MarkQueueView }) {
  const { t } = useTranslation('judgePad');
  const { queue, state, pending, online } = view;
  const head = state.batches[0];
  const sending = queue.sending() !== null;

  return (
    <Flex vertical gap="small" role="status" aria-label={t('outbox.label')}>
      <Space wrap size="small">
        {online ? (
          <Tag icon={<WifiOutlined />} color="green">
            {t('outbox.online')}
          </Tag>
        ) : (
          <Tag icon={<DisconnectOutlined />} color="orange">
            {t('outbox.offline')}
          </Tag>
        )}
        {pending > 0 ? (
          <Badge status={sending ? 'processing' : 'warning'} text={<strong>{t('outbox.pending', { count: pending })}</strong>} />
        ) : (
          <Badge status="success" text={t('outbox.allSent')} />
        )}
        {pending > 0 && (
          <Button size="small" icon={<CloudSyncOutlined />} loading={sending} onClick={() => void queue.flush()}>
            {sending ? t('outbox.sending') : t('outbox.sendNow')}
          </Button>
        )}
      </Space>
      {!online && pending > 0 && <Typography.Text type="warning">{t('outbox.offlineHint')}</Typography.Text>}
      {online && head?.problem && !sending && (
        // the problem is the browser's or server's own words (often English): shown on hover, not in the line
        <Typography.Text type="warning" title={head.problem}>
          {t('outbox.retrying')}{' '}
          {head.tries >= 3 && (
            <Button size="small" type="link" onClick={() => queue.setAside(head.key)}>
              {t('outbox.setAside')}
            </Button>
          )}
        </Typography.Text>
      )}
      {state.failed.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('outbox.failed', { count: state.failed.length })}
          description={
            <List
              size="small"
              dataSource={state.failed}
              renderItem={(batch) => (
                <List.Item
                  key={batch.key}
                  title={batch.problem}
                  actions={[
                    <Button key="retry" size="small" onClick={() => queue.retryFailed(batch.key)}>
                      {t('outbox.retry')}
                    </Button>,
                    <Button key="discard" size="small" danger onClick={() => queue.discardFailed(batch.key)}>
                      {t('outbox.discard')}
                    </Button>,
                  ]}
                >
                  {t('outbox.failedItem', { count: batch.marks.length })}
                </List.Item>
              )}
            />
          }
        />
      )}
    </Flex>
  );
}

/** The outbox of the signed-in user, for screens that do not queue marks themselves. */
export function OutboxStatus({ username }: { username: string }) {
  const view = useMarkQueue(username);
  return <OutboxBar view={view} />;
}
