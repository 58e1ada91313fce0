import { Col, DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import './i18n';

/** A competition's first and last day (fields startsOn, endsOn), side by side from tablet width; the last may not come before the first. */
export function CompetitionDateFields() {
  const { t } = useTranslation('competitions');
  return (
    <>
      <Col xs={24} sm={12}>
        <Form.Item name="startsOn" label={t('field.startsOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="endsOn"
          label={t('field.endsOn')}
          dependencies={['startsOn']}
          rules={[
            ({ getFieldValue }) => ({
              validator(_, value: Dayjs | null | undefined) {
                const start = getFieldValue('startsOn') as Dayjs | null | undefined;
                return value && start && value.isBefore(start, 'day') ? Promise.reject(new Error(t('create.endsBeforeStart'))) : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </>
  );
}
