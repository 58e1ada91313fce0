import { Alert, Empty, Flex, Spin, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { enumName } from '../../domain/competition';
import { skillLevelLabel } from '../../domain/skillLevel';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { Language } from '../../i18n';
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

type Change = { field: string; from?: string | null; to?: string | null };

const actionColors: Record<string, string> = { WITHDRAWN: 'default', DISQUALIFIED: 'red', REINSTATED: 'green', UPDATED: 'blue' };

/** A value of the history as the reader says it: enums in words, an empty value as 空. */
function valueInWords(leaf: string, value: string | null | undefined, language: Language, t: TFunction<'event'>): string {
  if (value == null || value === '') return t('registrationEdit.history.blank');
  if (leaf === 'skillLevel') return skillLevelLabel(value, language);
  if (leaf === 'category') return enumName('category', value, language);
  if (leaf === 'status') return enumName('registrationStatus', value, language);
  return value;
}

/** "姓名", "队员 2 技能等级": an input field's name (name, members.1.skillLevel …) in words. */
function fieldInWords(field: string, t: TFunction<'event'>): { leaf: string; label: string } {
  const parts = field.split('.');
  const leaf = parts[parts.length - 1];
  const name = t(`registrationEdit.history.field.${leaf}`, { defaultValue: leaf });
  if (parts[0] === 'members' && /^\d+$/.test(parts[1] ?? '')) {
    return { leaf, label: t('registrationEdit.history.memberField', { n: Number(parts[1]) + 1, field: name }) };
  }
  return { leaf, label: name };
}

/** "姓名：王五 → 王武" for one field a correction changed. */
export function changeInWords(change: Change, language: Language, t: TFunction<'event'>): string {
  const { leaf, label } = fieldInWords(change.field, t);
  return t('registrationEdit.history.change', {
    field: label,
    from: valueInWords(leaf, change.from, language, t),
    to: valueInWords(leaf, change.to, language, t),
  });
}

/** 修改记录 of one registration (Registration.history), newest first: who, when, what from → to, and why. */
export function RegistrationHistory({ registrationId }: { registrationId: string }) {
  const { t } = useTranslation('event');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const [{ data, fetching, error }] = useQuery({ query: RegistrationHistoryQuery, variables: { id: registrationId }, requestPolicy: 'cache-and-network' });
  const node = data?.node;
  const history = node?.__typename === 'Registration' ? node.history : [];

  if (error) return <Alert type="warning" showIcon title={tf('loadFailed')} description={error.message} />;
  if (fetching && !data) return <Spin size="small" />;
  if (history.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('registrationEdit.history.empty')} />;
  return (
    <Flex vertical gap="small" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {history.map((entry, i) => {
        // the reason is said once: a withdrawal's statusReason change repeats it
        const changes = entry.changes.filter((c) => !(c.field === 'statusReason' && entry.reason && c.to === entry.reason));
        return (
          <li key={`${entry.at}-${i}`} style={{ borderInlineStart: '2px solid #f0f0f0', paddingInlineStart: 12 }}>
            <Flex wrap gap={4} align="center">
              <Tag color={actionColors[entry.action] ?? 'default'}>{t(`registrationEdit.history.action.${entry.action}`, { defaultValue: entry.action })}</Tag>
              <Typography.Text type="secondary">{t('registrationEdit.history.byAt', { by: entry.by, at: new Date(entry.at).toLocaleString(language) })}</Typography.Text>
            </Flex>
            {changes.map((change) => (
              <div key={change.field}>{changeInWords(change, language, t)}</div>
            ))}
            {entry.reason && <div>{t('registrationEdit.history.reason', { reason: entry.reason })}</div>}
          </li>
        );
      })}
    </Flex>
  );
}
