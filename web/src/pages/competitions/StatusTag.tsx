import { Tag } from 'antd';
import { enumName } from '../../domain/competition';
import { useLanguage } from '../../forms/useLanguage';

const colors: Record<string, string> = {
  DRAFT: 'default',
  REGISTRATION: 'blue',
  RUNNING: 'green',
  SCORING_CLOSED: 'orange',
  PUBLISHED: 'purple',
  FINAL: 'magenta',
  ARCHIVED: 'default',
};

export function StatusTag({ status }: { status: string }) {
  const language = useLanguage();
  return <Tag color={colors[status]}>{enumName('status', status, language)}</Tag>;
}
