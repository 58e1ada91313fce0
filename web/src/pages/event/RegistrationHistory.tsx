import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { RecordChangeList } from '../../history/RecordChangeList';
import '../../forms/i18n';
import './i18n';

export const RegistrationHistoryQuery = graphql(`
  query RegistrationHistory($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Registration {
        history {
          action
          at
          by
          reason
          changes {
            field
            from
            to
          }
        }
      }
    }
  }
`);

/** 修改记录 of one registration (Registration.history), newest first: who, when, what from → to, and why. */
export function RegistrationHistory({ registrationId }: { registrationId: string }) {
  const { t } = useTranslation('event');
  const { t: tf } = useTranslation('forms');
  const [{ data, fetching, error }] = useQuery({ query: RegistrationHistoryQuery, variables: { id: registrationId }, requestPolicy: 'cache-and-network' });
  const node = data?.node;

  if (error) return <Alert type="warning" showIcon title={tf('loadFailed')} description={error.message} />;
  if (fetching && !data) return <Spin size="small" />;
  return <RecordChangeList subject="Registration" records={node?.__typename === 'Registration' ? node.history : []} empty={t('registrationEdit.history.empty')} />;
}
