import { AuditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../paths';
import './i18n';

/** 裁判长控制台 as a button: on the event page for its organizers, on the judge pad's list for a chief judge's place. */
export function ConsoleLink({ eventId, size }: { eventId: string; size?: 'small' | 'middle' | 'large' }) {
  const { t } = useTranslation('chief-judge-console');
  return (
    <Link to={paths.chiefJudgeConsole(eventId)}>
      <Button icon={<AuditOutlined />} size={size}>
        {t('link')}
      </Button>
    </Link>
  );
}
