import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import './i18n';

/** The colour of each appeal status: waiting gold, upheld green, dismissed grey. */
export const appealStatusColors: Readonly<Record<string, string>> = { OPEN: 'gold', UPHELD: 'green', DISMISSED: 'default' };

/** An appeal's status in words, with its colour: 待裁决, 申诉成立, 驳回 (an unknown code as it comes). */
export function AppealStatusTag({ status }: { status: string }) {
  const { t } = useTranslation('competitions');
  return <Tag color={appealStatusColors[status]}>{t(`appeals.status.${status}`, { defaultValue: status })}</Tag>;
}
