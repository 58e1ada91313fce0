import { Card, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DownloadButton } from '../../forms/DownloadButton';
import { graphql } from '../../gql';
import type { MyCertificatesQuery } from '../../gql/graphql';
import './i18n';

export const MyCertificatesDocument = graphql(`
  query MyCertificates {
    me {
      person {
        id
        certificates {
          id
          number
          kind
          title
          issuedAt
          revoked
          registration { id event { id name competition { id name } } }
        }
      }
    }
  }
`);

type Certificate = NonNullable<NonNullable<MyCertificatesQuery['me']>['person']>['certificates'][number];

/** The certificate's PDF on the API (with the holder's token). */
export function certificatePdfUrl(number: string): string {
  return `/certificates/${encodeURIComponent(number)}.pdf`;
}

/** The worker's certificates in the portal: what each states, valid or revoked, its PDF and its public confirmation page. */
export function MyCertificates() {
  const { t } = useTranslation('certificates');
  const [{ data }] = useQuery({ query: MyCertificatesDocument });
  const certificates = data?.me?.person?.certificates ?? [];
  return (
    <Card title={t('title')}>
      <Table<Certificate>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={certificates}
        locale={{ emptyText: t('empty') }}
        columns={[
          { title: t('number'), dataIndex: 'number', render: (n: string) => <Typography.Text copyable>{n}</Typography.Text> },
          {
            title: t('what'),
            render: (_, c) => (
              <Space>
                <Tag>{t(`kindName.${c.kind}`)}</Tag>
                {c.title}
              </Space>
            ),
          },
          { title: t('competition'), render: (_, c) => `${c.registration.event.competition.name} · ${c.registration.event.name}` },
          { title: t('issuedAt'), dataIndex: 'issuedAt', render: (at: string) => dayjs(at).format('YYYY-MM-DD') },
          {
            title: t('state'),
            render: (_, c) => (c.revoked ? <Tag color="red">{t('revoked')}</Tag> : <Tag color="green">{t('valid')}</Tag>),
          },
          {
            title: '',
            render: (_, c) => (
              <Space>
                <DownloadButton url={certificatePdfUrl(c.number)} fallbackName={`${t('fileName', { number: c.number })}.pdf`}>
                  {t('download')}
                </DownloadButton>
                <a href={`/verify/${encodeURIComponent(c.number)}`} target="_blank" rel="noreferrer">
                  {t('verify')}
                </a>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
