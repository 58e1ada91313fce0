import { Tag } from 'antd';
import { enumName, registrationStatusColors } from '../../domain/competition';
import { useLanguage } from '../../forms/useLanguage';

/** 报名状态 in words, with its colour: 已确认 green, 待审核 gold, 已退赛 grey, 已取消资格 red. */
export function RegistrationStatusTag({ status }: { status: string }) {
  const language = useLanguage();
  return <Tag color={registrationStatusColors[status] ?? 'default'}>{enumName('registrationStatus', status, language)}</Tag>;
}
