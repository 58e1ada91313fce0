import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, ConfigProvider, Flex, Form, Input, InputNumber, Radio, Row, Select, Switch, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { enumOptions } from '../../domain/competition';
import { useLanguage } from '../../forms/useLanguage';
import '../../forms/i18n';
import './i18n';
import type { WizardRound } from './presets';

/**
 * The event's facts and its awards, as fields of the form around them (WizardValues): the event wizard's
 * and the event's edit drawer's. A field a correction may no longer change is disabled with the reason.
 */
export function EventFactsFields({ formatLocked, markingLocked }: { formatLocked?: ReactNode; markingLocked?: ReactNode }) {
  const { t } = useTranslation('event-wizard');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const form = Form.useFormInstance();
  const format = Form.useWatch('format', form);
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="name" label={t('field.name')} rules={[{ required: true, whitespace: true, message: tf('required', { field: t('field.name') }) }]}>
          <Input placeholder={t('field.namePlaceholder')} maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="occupationCode"
          label={t('field.occupationCode')}
          extra={t('field.occupationCodeHelp')}
          rules={[{ pattern: /^\d-\d{2}-\d{2}-\d{2}$/, message: t('field.occupationCodeHelp') }]}
        >
          <Input placeholder="6-18-02-04" maxLength={20} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12} md={6}>
        <Form.Item name="format" label={t('field.format')} extra={formatLocked}>
          <Radio.Group options={enumOptions('format', ['INDIVIDUAL', 'TEAM'], language)} optionType="button" disabled={!!formatLocked} />
        </Form.Item>
      </Col>
      {format === 'TEAM' && (
        <Col xs={12} sm={6} md={4}>
          <Form.Item name="teamSize" label={t('field.teamSize')} rules={[{ required: true, type: 'number', min: 2, message: t('field.teamSize') + ' ≥ 2' }]}>
            <InputNumber min={2} precision={0} style={{ width: '100%' }} disabled={!!formatLocked} />
          </Form.Item>
        </Col>
      )}
      <Col xs={12} sm={6} md={4}>
        <Form.Item name="scoreDecimals" label={t('field.scoreDecimals')}>
          <InputNumber min={0} max={4} precision={0} style={{ width: '100%' }} disabled={!!markingLocked} />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item name="conflictPolicy" label={t('field.conflictPolicy')} extra={markingLocked}>
          <Select options={enumOptions('conflict', ['BLOCK', 'FLAG'], language)} disabled={!!markingLocked} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/**
 * 评分方式, the wizard's only: 二次加密 (judges see only draw codes) and 纸质评分表双人录入, both off unless switched on,
 * fixed once the event is created (createEvent takes them, updateEvent does not).
 */
export function JudgingOptionsFields() {
  const { t } = useTranslation('event-wizard');
  return (
    <>
      <Typography.Title level={5}>{t('judging.label')}</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="anonymousJudging" label={t('judging.anonymousJudging')} valuePropName="checked" extra={t('judging.anonymousJudgingHelp')}>
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="doubleEntry" label={t('judging.doubleEntry')} valuePropName="checked" extra={t('judging.doubleEntryHelp')}>
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {t('judging.fixed')}
      </Typography.Paragraph>
    </>
  );
}

/** Awards of the last round, tried in order, and the tie-break modules. */
export function AwardsEditor({ locked }: { locked?: ReactNode }) {
  const { t } = useTranslation('event-wizard');
  const form = Form.useFormInstance();
  const rounds = (Form.useWatch('rounds', form) ?? []) as WizardRound[];
  const moduleCodes = [...new Set(rounds.flatMap((round) => (round?.modules ?? []).map((m) => m?.code)).filter(Boolean))];
  return (
    <ConfigProvider componentDisabled={locked ? true : undefined}>
      {locked && (
        <Typography.Paragraph type="warning" style={{ marginBottom: 8 }}>
          {locked}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{t('awardsHint')}</Typography.Paragraph>
      <Form.List name="awards">
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={8} style={{ marginBottom: 16 }}>
            {fields.length === 0 && <Typography.Text type="secondary">{t('noAwards')}</Typography.Text>}
            {fields.map((field) => (
              <Row key={field.key} gutter={8} align="bottom">
                <Col xs={24} sm={6}>
                  <Form.Item name={[field.name, 'name']} label={t('field.awardName')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
                    <Input maxLength={50} />
                  </Form.Item>
                </Col>
                {(['rankFrom', 'rankTo', 'percentFrom', 'percentTo', 'minTotal'] as const).map((key) => (
                  <Col key={key} xs={8} sm={3}>
                    <Form.Item name={[field.name, key]} label={t(`field.${key}`)}>
                      <InputNumber min={key.startsWith('rank') ? 1 : 0} max={key.startsWith('percent') ? 100 : undefined} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                ))}
                <Col xs={8} sm={3}>
                  <Form.Item>
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('remove')} />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined />} onClick={() => add({ name: '' })} style={{ alignSelf: 'flex-start' }}>
              {t('addAward')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Form.Item name="tieBreakModules" label={t('field.tieBreakModules')} extra={t('field.tieBreakHelp')}>
        <Select mode="multiple" options={moduleCodes.map((code) => ({ value: code, label: code }))} />
      </Form.Item>
    </ConfigProvider>
  );
}
