import { Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { IssueCertificatesButton, ResultsSheetButton } from '../certificates';
import { useTranslation } from 'react-i18next';
import { statusReached } from './statusReached';
import { formatMinute, noticeLeft, useNow, type PublicationFacts } from './publication';
import './i18n';

/**
 * 成绩公示 once the results are published: when, by whom, until when the notice period (公示期) runs, and where it
 * stands: 公示中 with what is left of it (read again every 30 s), 公示期已结束, or 最终成绩已确认.
 */
export function PublicationCard({ competitionId, publication, status, organizer }: { competitionId: string; publication: PublicationFacts; status: string; organizer?: boolean }) {
  const { t } = useTranslation('competitions');
  const now = useNow();
  const final = statusReached(status, 'FINAL');
  const left = final ? null : noticeLeft(publication.noticeEndsAt, now);

  return (
    <Card
      title={t('publication.title')}
      extra={
        final ? (
          <Tag color="magenta">{t('publication.final')}</Tag>
        ) : left ? (
          <Tag color="processing">{t('publication.running')}</Tag>
        ) : (
          <Tag color="orange">{t('publication.over')}</Tag>
        )
      }
    >
      <Flex vertical gap="small">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 3 }}
          items={[
            { key: 'publishedAt', label: t('publication.publishedAt'), children: formatMinute(publication.publishedAt) },
            { key: 'noticeEndsAt', label: t('publication.noticeEndsAt'), children: formatMinute(publication.noticeEndsAt) },
            { key: 'publishedBy', label: t('publication.publishedBy'), children: publication.publishedBy },
          ]}
        />
        {left && (
          <Typography.Text strong data-testid="notice-left">
            {t('publication.left', left)}
          </Typography.Text>
        )}
        <Typography.Text type="secondary">{t(final ? 'publication.finalHint' : left ? 'publication.runningHint' : 'publication.overHint')}</Typography.Text>
        <Space wrap>
          <ResultsSheetButton competitionId={competitionId} />
          {final && organizer && <IssueCertificatesButton competitionId={competitionId} />}
        </Space>
      </Flex>
    </Card>
  );
}
