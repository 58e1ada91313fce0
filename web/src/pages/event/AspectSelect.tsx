import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import './i18n';
import { aspectOptions, type SchemeAspect } from './panelModel';

/**
 * The aspects a judge marks: several of the event's aspects, grouped by round and module, found by code or
 * name; none chosen reads 全部评分项 (the API: an empty list is every aspect). For a Form.Item.
 */
export function AspectSelect({
  aspects,
  value,
  onChange,
  id,
  disabled,
}: {
  aspects: readonly SchemeAspect[];
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation('event');
  return (
    <Select
      id={id}
      mode="multiple"
      allowClear
      disabled={disabled}
      value={value ?? []}
      onChange={(codes: string[]) => onChange?.(codes)}
      options={aspectOptions(aspects)}
      optionFilterProp="label"
      placeholder={t('panel.allAspects')}
      style={{ width: '100%' }}
    />
  );
}
