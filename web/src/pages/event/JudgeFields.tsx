import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumOptions, judgeRoles } from '../../domain/competition';
import '../../forms/i18n';
import { useLanguage } from '../../forms/useLanguage';
import './i18n';

/** A judge's name (required), affiliation, role and platform login, as the panel's drawers ask for them. */
export function JudgeFields() {
  const { t } = useTranslation('event');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  return (
    <>
      <Form.Item name="name" label={t('judges.name')} rules={[{ required: true, whitespace: true, message: tf('required', { field: t('judges.name') }) }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="affiliation" label={t('judges.affiliation')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="role" label={t('judges.role')}>
        <Select options={enumOptions('judgeRole', judgeRoles, language)} />
      </Form.Item>
      <Form.Item name="username" label={t('judges.username')} extra={t('judges.usernameHelp')}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
    </>
  );
}
