import { Card, Descriptions, Flex, Result, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './i18n';

/** What GET /certificates/{number} answers (the public confirmation). */
export interface Confirmation {
  number: string;
  valid: boolean;
  revoked: boolean;
  kind: 'AWARD' | 'SKILL_LEVEL' | 'TITLE';
  title: string;
  holder: string;
  competition: string;
  event: string;
  issuer: string;
  issuedAt: string;
}

type State = { status: 'checking' } | { status: 'found'; confirmation: Confirmation } | { status: 'unknown' } | { status: 'failed' };

/** The certificate number in an address /verify/{number}; null elsewhere. */
export function verifiedNumber(pathname: string): string | null {
  const match = /^\/verify\/([^/]+)\/?$/.exec(pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

/**
 * 证书核验: the public confirmation of a certificate, opened from its QR code without signing in. It asks
 * the API's public endpoint (the certificate's own address), never GraphQL, which needs a token.
 */
export function VerifyPage({ number }: { number: string }) {
  const { t } = useTranslation('verify');
  const [state, setState] = useState<State>({ status: 'checking' });

  useEffect(() => {
    let current = true;
    fetch(`/certificates/${encodeURIComponent(number)}`, { headers: { Accept: 'application/json' } })
      .then(async (response) => {
        if (!current) return;
        if (response.status === 404) setState({ status: 'unknown' });
        else if (response.ok) setState({ status: 'found', confirmation: (await response.json()) as Confirmation });
        else setState({ status: 'failed' });
      })
      .catch(() => current && setState({ status: 'failed' }));
    return () => {
      current = false;
    };
  }, [number]);

  return (
    <Flex justify="center" style={{ padding: 24, minHeight: '100vh', background: '#f5f5f5' }}>
      <Card style={{ maxWidth: 640, width: '100%' }} title={t('title')}>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        {state.status === 'checking' && (
          <Flex justify="center">
            <Spin description={t('checking')}>
              <div style={{ width: 120, height: 60 }} />
            </Spin>
          </Flex>
        )}
        {state.status === 'unknown' && <Result status="error" title={t('notFound')} subTitle={t('notFoundHint', { number })} />}
        {state.status === 'failed' && <Result status="warning" title={t('failed')} />}
        {state.status === 'found' && <Confirmed confirmation={state.confirmation} />}
      </Card>
    </Flex>
  );
}

function Confirmed({ confirmation: c }: { confirmation: Confirmation }) {
  const { t } = useTranslation('verify');
  return (
    <>
      <Result
        status={c.valid ? 'success' : 'warning'}
        title={c.valid ? t('valid') : t('revoked')}
        subTitle={c.valid ? undefined : t('revokedHint')}
      />
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('number')}>{c.number}</Descriptions.Item>
        <Descriptions.Item label={t('holder')}>{c.holder}</Descriptions.Item>
        <Descriptions.Item label={t('kind')}>{t(`kindName.${c.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('certificateTitle')}>{c.title}</Descriptions.Item>
        <Descriptions.Item label={t('competition')}>{c.competition}</Descriptions.Item>
        <Descriptions.Item label={t('event')}>{c.event}</Descriptions.Item>
        <Descriptions.Item label={t('issuer')}>{c.issuer}</Descriptions.Item>
        <Descriptions.Item label={t('issuedAt')}>{dayjs(c.issuedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
      </Descriptions>
    </>
  );
}
