import { Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPersonName, type PersonName } from '../auth/personName';
import { onlyBiwuRoles } from '../auth/roles';

export interface UserBadgeProps extends PersonName {
  username: string;
  /** Roles as the API reports them; roles that are not Biwu's are left out. */
  roles?: readonly string[];
  rolesLoading?: boolean;
}

/** Who is signed in: name in its own order (李明华, Minghua Li), username, and Biwu roles as tags. */
export function UserBadge({ givenName, familyName, username, roles = [], rolesLoading = false }: UserBadgeProps) {
  const { t } = useTranslation();
  const name = formatPersonName({ givenName, familyName }, username);
  return (
    <Space size="small" wrap>
      <Typography.Text strong data-testid="person-name">
        {name}
      </Typography.Text>
      <Typography.Text type="secondary" title={t('me.username')}>
        @{username}
      </Typography.Text>
      {rolesLoading ? (
        <Spin size="small" aria-label={t('me.loading')} />
      ) : (
        <span aria-label={t('me.roles')}>
          {onlyBiwuRoles(roles).map((role) => (
            <Tag key={role} color="red">
              {t(`role.${role}`)}
            </Tag>
          ))}
        </span>
      )}
    </Space>
  );
}
