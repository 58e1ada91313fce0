import { CopyOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Space, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { enumOptions } from '../../domain/competition';
import { useLanguage } from '../../forms/useLanguage';
import { copyReplacesModules, copyRoundToNext, freshRoundCode, nextRoundName } from './copyRound';
import './i18n';
import { aspectMaxPoints, expandPreset, roundMaxTotal, type WizardAspect, type WizardModule, type WizardRound } from './presets';

const aspectKinds = ['MEASUREMENT', 'JUDGEMENT'];
const aggregations = ['SINGLE', 'MEAN', 'MEDIAN', 'SUM', 'TRIMMED_MEAN', 'TRIMMED_SUM'];
const combinations = ['SUM', 'BEST', 'AVERAGE'];
const effects = ['ADD', 'DEDUCT', 'VETO'] as const;

/** A period's day as the form holds it ('YYYY-MM-DD', or null) and as the date picker shows it. */
const dateValue = (value: string | null | undefined) => ({ value: value ? dayjs(value) : null });
const dateString = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/**
 * Rounds → modules → aspects of the marking scheme (评分标准), each a nested form list of the form around it
 * (the event wizard's, the event's edit drawer's). A round's scheme can be copied to the next round. A round has
 * its assessment period (考核周期), a module its base score and cap, an aspect its effect (加分, 扣分, 一票否决).
 */
export function SchemeEditor() {
  const { t } = useTranslation('event-wizard');
  const { modal, message } = App.useApp();
  const form = Form.useFormInstance();
  const rounds = (Form.useWatch('rounds', form) ?? []) as WizardRound[];
  const blank = expandPreset('blank').rounds[0];
  const roundName = (round: WizardRound | undefined, r: number) => round?.name?.trim() || t('round', { n: r + 1 });

  /** 复制到下一轮: the next round's modules and aspects become a copy of round r's (a new round when r is the last). */
  function copyToNext(r: number) {
    const current = (form.getFieldValue('rounds') ?? []) as WizardRound[];
    const source = current[r];
    if (!source) return;
    const from = roundName(source, r);
    const apply = () => {
      const latest = (form.getFieldValue('rounds') ?? []) as WizardRound[];
      const fresh = { code: freshRoundCode(latest, source.code ?? ''), name: nextRoundName(source.name ?? '', t('round', { n: latest.length + 1 })) };
      const copied = copyRoundToNext(latest, r, fresh);
      form.setFieldValue('rounds', copied);
      void message.success(t('copyRound.done', { from, to: roundName(copied[r + 1], r + 1) }));
    };
    if (!copyReplacesModules(current, r)) {
      apply();
      return;
    }
    const to = roundName(current[r + 1], r + 1);
    modal.confirm({
      title: t('copyRound.confirmTitle', { from, to }),
      content: t('copyRound.confirmBody', { from, to, count: current[r + 1].modules.length }),
      okText: t('copyRound.confirmOk'),
      cancelText: t('copyRound.cancel'),
      onOk: apply,
    });
  }

  return (
    <Form.List name="rounds">
      {(roundFields, { add, remove }, { errors }) => (
        <Flex vertical gap="middle">
          {roundFields.map((roundField, r) => {
            const modules = rounds[r]?.modules ?? [];
            const total = modules.reduce((sum, m) => sum + (Number(m?.weightPercent) || 0), 0);
            // 设标定量计分: every module counts with its points (100 %), so the weights need not add up to 100 %
            const asPoints = modules.length > 1 && modules.every((m) => Number(m?.weightPercent) === 100);
            const most = rounds[r] ? roundMaxTotal(rounds[r]) : null;
            return (
              <Card
                key={roundField.key}
                size="small"
                title={t('round', { n: r + 1 })}
                extra={
                  <Space size={4}>
                    <Button size="small" icon={<CopyOutlined />} onClick={() => copyToNext(r)} title={t('copyRound.help')}>
                      {t('copyRound.action')}
                    </Button>
                    {roundFields.length > 1 && (
                      <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(roundField.name)} aria-label={t('remove')} />
                    )}
                  </Space>
                }
              >
                <Row gutter={12}>
                  <Col xs={12} sm={6} md={3}>
                    <Form.Item name={[roundField.name, 'code']} label={t('field.roundCode')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
                      <Input maxLength={20} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={10} md={5}>
                    <Form.Item name={[roundField.name, 'name']} label={t('field.roundName')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
                      <Input maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={8} md={3}>
                    <Form.Item name={[roundField.name, 'advancingCount']} label={t('field.advancingCount')} tooltip={t('field.advancingCountHelp')}>
                      <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={12} md={5}>
                    <Form.Item name={[roundField.name, 'rankingIncludes']} label={t('field.rankingIncludes')}>
                      <Select
                        mode="multiple"
                        options={rounds.slice(0, r).map((earlier) => ({ value: earlier?.code, label: earlier?.name || earlier?.code }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={6} md={4}>
                    <Form.Item
                      name={[roundField.name, 'startsOn']}
                      label={t('field.startsOn')}
                      tooltip={t('field.periodHelp')}
                      getValueProps={dateValue}
                      normalize={dateString}
                    >
                      <DatePicker style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={6} md={4}>
                    <Form.Item
                      name={[roundField.name, 'endsOn']}
                      label={t('field.endsOn')}
                      getValueProps={dateValue}
                      normalize={dateString}
                      dependencies={[['rounds', roundField.name, 'startsOn']]}
                      rules={[
                        ({ getFieldValue }) => ({
                          validator(_, value: string | null | undefined) {
                            const start = getFieldValue(['rounds', roundField.name, 'startsOn']) as string | null | undefined;
                            return value && start && value < start ? Promise.reject(new Error(t('problem.endsBeforeStart', { startsOn: start }))) : Promise.resolve();
                          },
                        }),
                      ]}
                    >
                      <DatePicker style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                </Row>
                <ModulesEditor roundName={roundField.name} />
                <Typography.Text type={total === 100 || asPoints ? 'secondary' : 'warning'}>
                  {t('weightsTotal', { total: Number(total.toFixed(4)) })}
                  {most !== null && t('roundMaxTotal', { points: most })}
                </Typography.Text>
              </Card>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ ...blank, code: `R${roundFields.length + 1}`, name: '', modules: blank.modules.map((m) => ({ ...m, code: 'M1' })) })}
          >
            {t('addRound')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

function ModulesEditor({ roundName }: { roundName: number }) {
  const { t } = useTranslation('event-wizard');
  const blankModule: WizardModule = expandPreset('blank').rounds[0].modules[0];
  return (
    <Form.List name={[roundName, 'modules']}>
      {(moduleFields, { add, remove }) => (
        <Flex vertical gap="small" style={{ marginBottom: 8 }}>
          {moduleFields.map((moduleField, m) => (
            <Card
              key={moduleField.key}
              size="small"
              type="inner"
              title={`${t('module')} ${m + 1}`}
              extra={
                moduleFields.length > 1 && (
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(moduleField.name)} aria-label={t('remove')} />
                )
              }
            >
              <Row gutter={12}>
                <Col xs={12} sm={6} md={3}>
                  <Form.Item name={[moduleField.name, 'code']} label={t('field.moduleCode')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
                    <Input maxLength={20} />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={10} md={7}>
                  <Form.Item name={[moduleField.name, 'name']} label={t('field.moduleName')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={8} md={4}>
                  <Form.Item name={[moduleField.name, 'weightPercent']} label={t('field.weightPercent')} rules={[{ required: true, message: t('required') }]}>
                    <InputNumber min={0} max={1000} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={8} md={3}>
                  <Form.Item name={[moduleField.name, 'passMark']} label={t('field.passMark')}>
                    <InputNumber min={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={8} md={3}>
                  <Form.Item name={[moduleField.name, 'baseScore']} label={t('field.baseScore')} tooltip={t('field.baseScoreHelp')}>
                    <InputNumber min={0} placeholder="0" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={8} md={4}>
                  <Form.Item name={[moduleField.name, 'maxScore']} label={t('field.maxScore')} tooltip={t('field.maxScoreHelp')}>
                    <InputNumber min={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
              <AspectsEditor roundName={roundName} moduleName={moduleField.name} />
            </Card>
          ))}
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => {
              const n = moduleFields.length + 1;
              add({ ...blankModule, code: `M${n}`, weightPercent: 0, aspects: [{ ...blankModule.aspects[0], code: `M${n}A1` }] });
            }}
          >
            {t('addModule')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

function AspectsEditor({ roundName, moduleName }: { roundName: number; moduleName: number }) {
  const { t } = useTranslation('event-wizard');
  const language = useLanguage();
  const form = Form.useFormInstance();
  const aspects = (Form.useWatch(['rounds', roundName, 'modules', moduleName, 'aspects'], form) ?? []) as WizardAspect[];
  const moduleCode = (Form.useWatch(['rounds', roundName, 'modules', moduleName, 'code'], form) ?? '') as string;
  const blankAspect = expandPreset('blank').rounds[0].modules[0].aspects[0];
  const number = (name: (string | number)[], label: string, props: { min?: number; precision?: number; step?: number } = {}) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('required') }]}>
      <InputNumber style={{ width: '100%' }} {...props} />
    </Form.Item>
  );
  return (
    <Form.List name={[moduleName, 'aspects']}>
      {(aspectFields, { add, remove }) => (
        <Flex vertical gap={8}>
          {aspectFields.map((aspectField, i) => {
            const a = aspects[i];
            const trims = a?.aggregation === 'TRIMMED_MEAN' || a?.aggregation === 'TRIMMED_SUM';
            const vetoes = a?.effect === 'VETO';
            const path = (field: string) => ['rounds', roundName, 'modules', moduleName, 'aspects', aspectField.name, field];
            return (
              <div key={aspectField.key} style={{ border: '1px dashed #e5e5e5', borderRadius: 6, padding: '8px 12px' }}>
                <Row gutter={12} align="bottom">
                  <Col xs={8} sm={4} md={3}>
                    <Form.Item name={[aspectField.name, 'code']} label={t('field.aspectCode')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
                      <Input maxLength={20} />
                    </Form.Item>
                  </Col>
                  <Col xs={16} sm={10} md={7}>
                    <Form.Item name={[aspectField.name, 'name']} label={t('field.aspectName')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={10} md={4}>
                    <Form.Item name={[aspectField.name, 'effect']} label={t('field.effect')} tooltip={t('field.effectHelp')}>
                      <Select
                        options={effects.map((effect) => ({ value: effect, label: t(`effect.${effect}`) }))}
                        onChange={(effect: string) => {
                          // 一票否决 is marked 0 or 1 and carries no difficulty
                          if (effect !== 'VETO') return;
                          form.setFieldValue(path('maxMark'), 1);
                          form.setFieldValue(path('difficulty'), false);
                        }}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={10} md={6}>
                    <Form.Item name={[aspectField.name, 'kind']} label={t('field.kind')}>
                      <Select options={enumOptions('aspectKind', aspectKinds, language)} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={6} md={4}>
                    {number([aspectField.name, 'maxMark'], t('field.maxMark'), { min: 0.0001 })}
                  </Col>
                  <Col xs={12} sm={6} md={4}>
                    {number([aspectField.name, 'judges'], t('field.judges'), { min: 1, precision: 0 })}
                  </Col>
                  <Col xs={12} sm={12} md={8}>
                    <Form.Item name={[aspectField.name, 'aggregation']} label={t('field.aggregation')}>
                      <Select options={enumOptions('aggregation', aggregations, language)} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={6} md={4} style={{ display: trims ? undefined : 'none' }}>
                    {number([aspectField.name, 'dropHighest'], t('field.dropHighest'), { min: 0, precision: 0 })}
                  </Col>
                  <Col xs={12} sm={6} md={4} style={{ display: trims ? undefined : 'none' }}>
                    {number([aspectField.name, 'dropLowest'], t('field.dropLowest'), { min: 0, precision: 0 })}
                  </Col>
                  <Col xs={12} sm={6} md={4}>
                    {number([aspectField.name, 'scaleFactor'], t('field.scaleFactor'), { min: 0.000001, step: 0.1 })}
                  </Col>
                  <Col xs={12} sm={6} md={4}>
                    {number([aspectField.name, 'attempts'], t('field.attempts'), { min: 1, precision: 0 })}
                  </Col>
                  <Col xs={12} sm={6} md={4} style={{ display: (a?.attempts ?? 1) > 1 ? undefined : 'none' }}>
                    <Form.Item name={[aspectField.name, 'attemptCombination']} label={t('field.attemptCombination')}>
                      <Select options={enumOptions('combination', combinations, language)} />
                    </Form.Item>
                  </Col>
                  {/* a spread needs two judges' marks of one attempt */}
                  <Col xs={12} sm={6} md={4} style={{ display: (a?.judges ?? 1) > 1 ? undefined : 'none' }}>
                    <Form.Item name={[aspectField.name, 'maxSpread']} label={t('field.maxSpread')} tooltip={t('field.maxSpreadHelp')}>
                      <InputNumber style={{ width: '100%' }} min={0} step={0.5} placeholder={t('field.maxSpreadPlaceholder')} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={6} md={4} style={{ display: vetoes ? 'none' : undefined }}>
                    <Form.Item name={[aspectField.name, 'difficulty']} label={t('field.difficulty')} tooltip={t('field.difficultyHelp')} valuePropName="checked">
                      <Switch />
                    </Form.Item>
                  </Col>
                </Row>
                <Flex justify="space-between" align="center">
                  <Typography.Text type="secondary">
                    {a && (vetoes ? t('field.vetoPoints') : t(pointsKey(a), { points: aspectMaxPoints(a) }))}
                  </Typography.Text>
                  {aspectFields.length > 1 && (
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => remove(aspectField.name)}>
                      {t('remove')}
                    </Button>
                  )}
                </Flex>
              </div>
            );
          })}
          <Button
            size="small"
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ ...blankAspect, code: `${moduleCode}${aspectFields.length + 1}` })}
          >
            {t('addAspect')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/** How an aspect's points read: added (× the difficulty when it has one) or taken off. */
function pointsKey(a: WizardAspect): string {
  if (a.effect === 'DEDUCT') return a.difficulty ? 'field.deductPointsDifficulty' : 'field.deductPoints';
  return a.difficulty ? 'field.maxPointsDifficulty' : 'field.maxPoints';
}
