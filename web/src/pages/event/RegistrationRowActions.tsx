import { DownOutlined, EditOutlined, RollbackOutlined, StopOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { enumName } from '../../domain/competition';
import { useLanguage } from '../../forms/useLanguage';
import './i18n';
import { registrationActions, type RegistrationAction } from './registrationActions';

const icons: Record<RegistrationAction, ReactNode> = {
  edit: <EditOutlined />,
  withdraw: <UserDeleteOutlined />,
  disqualify: <StopOutlined />,
  reinstate: <RollbackOutlined />,
};

/**
 * A roster row's actions: 修改, then 退赛 and 取消资格 (taking part) or 恢复参赛 (withdrawn, disqualified). One the
 * competition's status does not allow stays visible, disabled, and says why (a tooltip; in the phone's menu,
 * under the action). On a phone the actions fold into one menu button.
 */
export function RegistrationRowActions({
  status,
  competitionStatus,
  compact,
  label,
  onAction,
}: {
  status: string;
  competitionStatus: string;
  /** One menu button instead of a row of buttons (a phone). */
  compact: boolean;
  /** Who the row is, for the menu button's accessible name. */
  label: string;
  onAction: (action: RegistrationAction) => void;
}) {
  const { t } = useTranslation('event');
  const language = useLanguage();
  const offered = registrationActions(status, competitionStatus);
  const whyNot = (key: string) => t(`registrationEdit.notOffered.${key}`, { status: enumName('status', competitionStatus, language) });
  const danger = (action: RegistrationAction) => action === 'withdraw' || action === 'disqualify';

  if (compact) {
    return (
      <Dropdown
        trigger={['click']}
        menu={{
          items: offered.map(({ action, notOffered }) => ({
            key: action,
            icon: icons[action],
            danger: danger(action) && !notOffered,
            disabled: !!notOffered,
            label: notOffered ? (
              <Flex vertical>
                <span>{t(`registrationEdit.actions.${action}`)}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal', maxWidth: 240 }}>
                  {whyNot(notOffered)}
                </Typography.Text>
              </Flex>
            ) : (
              t(`registrationEdit.actions.${action}`)
            ),
          })),
          onClick: ({ key }) => onAction(key as RegistrationAction),
        }}
      >
        <Button size="small" aria-label={`${t('registrationEdit.actions.menu')} ${label}`}>
          {t('registrationEdit.actions.menu')} <DownOutlined />
        </Button>
      </Dropdown>
    );
  }

  return (
    <Flex gap={0} wrap>
      {offered.map(({ action, notOffered }) => (
        <Tooltip key={action} title={notOffered ? whyNot(notOffered) : undefined}>
          <Button
            type="link"
            size="small"
            icon={icons[action]}
            danger={danger(action)}
            disabled={!!notOffered}
            onClick={() => onAction(action)}
          >
            {t(`registrationEdit.actions.${action}`)}
          </Button>
        </Tooltip>
      ))}
    </Flex>
  );
}
