import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { queryRefusal } from '../../forms/queryRefusal';
import { requestFailure } from '../../forms/requestFailure';
import { graphql } from '../../gql';
import type { ChiefJudgeAuditVerificationQuery } from '../../gql/graphql';
import { ActionTag, entrySubject } from './AuditTrailCard';
import { formatInstant, type SchemeNames } from './consoleModel';
import '../../forms/i18n';
import './i18n';

export const ChiefJudgeAuditVerificationQueryDocument = graphql(`
  query ChiefJudgeAuditVerification($id: ID!) {
    event(id: $id) {
      id
      auditVerification {
        valid
        entries
        firstBrokenEntry {
          ...ConsoleAuditEntry
        }
      }
    }
  }
`);

type Verification = NonNullable<ChiefJudgeAuditVerificationQuery['event']>['auditVerification'];

type Outcome = { verification: Verification; at: Date } | { failed: string; forbidden: boolean };

/**
 * 审计链校验: 校验审计链 has the API recompute the trail's hash chain; it answers intact (green, with the number of
 * entries) or broken, naming the first entry that does not match (red). A lock or reopening since (`changes`)
 * adds entries: the outcome shown is then cleared, to be checked again.
 */
export function VerificationCard({ eventId, names, changes }: { eventId: string; names: SchemeNames; changes: number }) {
  const { t } = useTranslation('chief-judge-console');
  const { t: tf } = useTranslation('forms');
  const client = useClient();
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  useEffect(() => setOutcome(undefined), [changes]);

  async function verify() {
    setChecking(true);
    setOutcome(undefined);
    const result = await client.query(ChiefJudgeAuditVerificationQueryDocument, { id: eventId }, { requestPolicy: 'network-only' }).toPromise();
    setChecking(false);
    const verification = result.data?.event?.auditVerification;
    if (verification) setOutcome({ verification, at: new Date() });
    else setOutcome({ failed: result.error ? requestFailure(result.error, tf) : '', forbidden: queryRefusal(result.error)?.code === 'FORBIDDEN' });
  }

  return (
    <Card
      title={t('verify.title')}
      extra={
        <Button type="primary" icon={<SafetyCertificateOutlined />} loading={checking} onClick={() => void verify()}>
          {t('verify.run')}
        </Button>
      }
    >
      <Flex vertical gap="small">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('verify.intro')}
        </Typography.Paragraph>
        {outcome && 'failed' in outcome && (
          <Alert
            type="warning"
            showIcon
            title={outcome.forbidden ? t('trail.forbidden') : t('verify.failed')}
            description={outcome.forbidden ? undefined : outcome.failed || undefined}
          />
        )}
        {outcome && 'verification' in outcome && <VerificationOutcome verification={outcome.verification} at={outcome.at} names={names} />}
      </Flex>
    </Card>
  );
}

function VerificationOutcome({ verification, at, names }: { verification: Verification; at: Date; names: SchemeNames }) {
  const { t } = useTranslation('chief-judge-console');
  const checkedAt = t('verify.checkedAt', { at: formatInstant(at.toISOString()) });
  if (verification.valid) {
    return <Alert type="success" showIcon title={t('verify.valid', { count: verification.entries })} description={checkedAt} />;
  }
  const entry = verification.firstBrokenEntry;
  return (
    <Alert
      type="error"
      showIcon
      title={entry ? t('verify.broken') : t('verify.brokenAtEnd', { count: verification.entries })}
      description={
        <Flex vertical gap={4} align="flex-start">
          {entry && (
            <>
              <Typography.Text strong>
                <ActionTag action={entry.action} />
                {t('verify.entry', { at: formatInstant(entry.at), round: names.round(entry.round), subject: entrySubject(entry, names, t), by: entry.by })}
              </Typography.Text>
              <Typography.Text style={{ wordBreak: 'break-all' }}>{t('verify.storedHash', { hash: entry.hash })}</Typography.Text>
            </>
          )}
          <Typography.Text type="secondary">{checkedAt}</Typography.Text>
        </Flex>
      }
    />
  );
}
