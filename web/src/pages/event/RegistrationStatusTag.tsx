import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import './i18n';

const colors: Record<string, string> = { PENDING: 'gold', APPROVED: 'green', WITHDRAWN: 'default', DISQUALIFIED: 'red' };

/** 报名状态 in words, with its colour: 已确认 green, 待审核 gold, 已退赛 grey, 已取消资格 red. */
export function RegistrationStatusTag({ status }: { status: string }) {
  const { t } = useTranslation('event');
  return <Tag color={colors[status] ?? 'default'}>{t(`registrationEdit.status.${status}`, { defaultValue: status })}</Tag>;
}
