import { Empty, Flex, Tag, theme, Typography } from 'antd';
import type { ReactNode } from 'react';
import { actionText, byAtText, changesShown, changeText, reasonText, subjectText, type RecordChangeText } from '../domain/recordChange';
import { useLanguage } from '../forms/useLanguage';

const subjectColors: Record<string, string> = { Competition: 'blue', Event: 'cyan', Registration: 'green', JudgeAssignment: 'purple' };
const actionColors: Record<string, string> = { UPDATED: 'blue', WITHDRAWN: 'orange', DISQUALIFIED: 'red', REINSTATED: 'green', REMOVED: 'red', REPLACED: 'orange' };

/**
 * Corrections (RecordChange), newest first as the API gives them: what was corrected and how, who and when,
 * each field from → to, and why. With `subject`, the list is of one record (a registration's drawer): its
 * fields are named for that subject and no subject is shown; without, each correction says what it corrected.
 */
export function RecordChangeList({ records, subject, empty }: { records: readonly (RecordChangeText & { subjectId?: string })[]; subject?: string; empty: ReactNode }) {
  const language = useLanguage();
  const { token } = theme.useToken();
  if (records.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <Flex vertical gap="middle" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {records.map((record, i) => {
        const of = subject ?? record.subject ?? '';
        return (
          <li key={`${record.subjectId ?? ''}-${record.at}-${i}`} style={{ borderInlineStart: `2px solid ${token.colorSplit}`, paddingInlineStart: 12, overflowWrap: 'anywhere' }}>
            <Flex vertical gap={4}>
              <Flex wrap gap={4} align="center">
                {!subject && record.subject && <Tag color={subjectColors[record.subject]}>{subjectText(record.subject, language)}</Tag>}
                {!subject && record.subjectName && <Typography.Text strong>{record.subjectName}</Typography.Text>}
                <Tag color={actionColors[record.action]}>{actionText(record.action, language)}</Tag>
              </Flex>
              <Typography.Text type="secondary">{byAtText(record, language)}</Typography.Text>
              {changesShown(record).map((change) => (
                <div key={change.field}>{changeText(of, change, language)}</div>
              ))}
              {record.reason && <div>{reasonText(record.reason, language)}</div>}
            </Flex>
          </li>
        );
      })}
    </Flex>
  );
}
