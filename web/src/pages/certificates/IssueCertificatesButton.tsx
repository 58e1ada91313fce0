import { SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import './i18n';

export const IssueCertificatesDocument = graphql(`
  mutation IssueCertificates($competitionId: ID!) {
    issueCertificates(competitionId: $competitionId) {
      certificates { id number }
      userErrors { field code message }
    }
  }
`);

/** 颁发证书, for a FINAL competition's organizers: issues what is not yet issued and says how many were. */
export function IssueCertificatesButton({ competitionId }: { competitionId: string }) {
  const { t } = useTranslation('certificates');
  const { message } = App.useApp();
  const [{ fetching }, issue] = useMutation(IssueCertificatesDocument);

  async function run() {
    const result = await issue({ competitionId });
    const payload = result.data?.issueCertificates;
    if (result.error || !payload) {
      void message.error(result.error?.message ?? t('issueFailed'));
    } else if (payload.userErrors.length > 0) {
      void message.error(payload.userErrors.map((e) => e.message).join('；'));
    } else {
      void message.success(t('issued', { count: payload.certificates?.length ?? 0 }));
    }
  }

  return (
    <Button icon={<SafetyCertificateOutlined />} loading={fetching} onClick={() => void run()}>
      {t('issue')}
    </Button>
  );
}
