import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Col, Drawer, Flex, Form, Grid, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { competitionLevels, enumOptions, personCategories } from '../../domain/competition';
import { outcomeKindName } from '../../domain/promotion';
import { skillLevelOptions } from '../../domain/skillLevel';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { PromotionPolicyInput } from '../../gql/graphql';
import './i18n';
import { describeRule, ruleProblems, toRuleInput, type PolicyInput, type Rule } from './rules';

export const CreatePromotionPolicyMutation = graphql(`
  mutation CreatePromotionPolicy($input: PromotionPolicyInput!) {
    createPromotionPolicy(input: $input) {
      policy {
        ...PromotionPolicyFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const outcomes = ['SKILL_LEVEL', 'TITLE', 'HONOR_NOMINATION'] as const;

/** A new promotion policy, blank or as a copy of another (policies are never changed once saved). */
export function PolicyEditor({
  initial,
  basedOn,
  onClose,
  onSaved,
}: {
  initial: PolicyInput;
  basedOn?: string;
  onClose(): void;
  onSaved(name: string): void;
}) {
  const { t } = useTranslation('hr');
  const { t: tt } = useTranslation();
  const language = useLanguage();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<PolicyInput>();
  const [{ fetching }, createPolicy] = useMutation(CreatePromotionPolicyMutation);
  const [problems, setProblems] = useState<string[]>([]);
  const [ruleErrors, setRuleErrors] = useState<Record<number, string[]>>({});
  const rules = Form.useWatch('rules', form) as Rule[] | undefined;

  const submit = async () => {
    setProblems([]);
    setRuleErrors({});
    let values: PolicyInput;
    try {
      values = await form.validateFields();
    } catch {
      setProblems([t('editor.fixErrors')]);
      return;
    }
    if (!values.rules?.length) {
      setProblems([t('editor.needRule')]);
      return;
    }
    const input: PromotionPolicyInput = {
      name: values.name.trim(),
      source: values.source?.trim() || null,
      appliesTo: (values.appliesTo ?? []) as PromotionPolicyInput['appliesTo'],
      oncePerYear: !!values.oncePerYear,
      rules: values.rules.map(toRuleInput) as PromotionPolicyInput['rules'],
    };
    const result = await createPolicy({ input });
    if (result.error) {
      setProblems([result.error.message]);
      return;
    }
    const payload = result.data?.createPromotionPolicy;
    if (!payload) return;
    if (payload.userErrors.length > 0) {
      // an error naming a rule as a whole (["rules", "2"]) is shown on that rule's card
      const whole: Record<number, string[]> = {};
      const rest = payload.userErrors.filter((e) => {
        const f = e.field ?? [];
        if (f.length === 2 && f[0] === 'rules' && /^\d+$/.test(f[1])) {
          (whole[Number(f[1])] ??= []).push(e.message);
          return false;
        }
        return true;
      });
      setRuleErrors(whole);
      setProblems(applyUserErrors(form, rest));
      return;
    }
    onSaved(payload.policy?.name ?? input.name);
  };

  /** Client-side checks of one rule field, the same the API makes. */
  const ruleRule = (index: number, field: keyof Rule) => ({
    validator: async () => {
      const rule = form.getFieldValue(['rules', index]) as Rule | undefined;
      const found = rule ? ruleProblems(toRuleInput(rule)).filter((p) => p.field === field) : [];
      if (found.length) throw new Error(t(`editor.problem.${found[0].problem}`));
    },
  });
  // fields whose check depends on another field of the rule
  const dependents: Partial<Record<keyof Rule, (keyof Rule)[]>> = {
    rankFrom: ['rankTo'],
    percentFrom: ['percentTo'],
    minField: ['maxField'],
    format: ['teamSize'],
    outcome: ['level', 'levelSteps', 'title'],
    levelSteps: ['level'],
  };

  return (
    <Drawer
      open
      size={screens.md ? 760 : '100%'}
      title={basedOn ? t('editor.copyTitle', { name: basedOn }) : t('editor.createTitle')}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap="small">
          <Button onClick={onClose}>{t('editor.cancel')}</Button>
          <Button type="primary" loading={fetching} onClick={() => void submit()}>
            {t('editor.save')}
          </Button>
        </Flex>
      }
    >
      <Form<PolicyInput>
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={(changed: Partial<PolicyInput>) => {
          // re-check the fields whose rule depends on the one just changed
          const changedRules = changed.rules;
          if (!changedRules) return;
          changedRules.forEach((rule, index) => {
            if (!rule) return;
            const names = Object.keys(rule).flatMap((field) => dependents[field as keyof Rule] ?? []);
            if (names.length) void form.validateFields(names.map((n) => ['rules', index, n])).catch(() => undefined);
          });
        }}
      >
        {basedOn && <Alert type="info" showIcon title={t('editor.copyHint')} style={{ marginBottom: 16 }} />}
        {problems.length > 0 && <Alert type="error" showIcon title={problems.join(tt('punctuation.separator'))} style={{ marginBottom: 16 }} />}
        <Form.Item name="name" label={t('editor.name')} rules={[{ required: true, whitespace: true, message: t('editor.nameRequired') }]}>
          <Input placeholder={t('editor.namePlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item name="source" label={t('editor.source')}>
          <Input placeholder={t('editor.sourcePlaceholder')} />
        </Form.Item>
        <Form.Item name="appliesTo" label={t('editor.appliesTo')} extra={t('editor.appliesToHint')}>
          <Select mode="multiple" allowClear options={enumOptions('level', competitionLevels, language)} />
        </Form.Item>
        <Form.Item name="oncePerYear" valuePropName="checked" label={t('editor.oncePerYear')}>
          <Switch />
        </Form.Item>

        <Typography.Title level={5}>{t('editor.rules')}</Typography.Title>
        <Form.List name="rules">
          {(fields, { add, remove }) => (
            <Flex vertical gap="middle">
              {fields.map((field, index) => {
                const rule = rules?.[index];
                const outcome = rule?.outcome ?? 'SKILL_LEVEL';
                return (
                  <Card
                    key={field.key}
                    size="small"
                    title={t('editor.rule', { n: index + 1 })}
                    extra={
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('editor.removeRule')} onClick={() => remove(field.name)} />
                    }
                  >
                    {ruleErrors[index]?.map((message) => (
                      <Alert key={message} type="error" showIcon title={message} style={{ marginBottom: 8 }} />
                    ))}
                    <Typography.Text type="secondary">{t('editor.conditions')}</Typography.Text>
                    <Row gutter={12}>
                      <Col xs={12} sm={6}>
                        <Form.Item name={[field.name, 'rankFrom']} label={t('editor.rankFrom')} rules={[ruleRule(index, 'rankFrom')]}>
                          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} sm={6}>
                        <Form.Item name={[field.name, 'rankTo']} label={t('editor.rankTo')} rules={[ruleRule(index, 'rankTo')]}>
                          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} sm={6}>
                        <Form.Item name={[field.name, 'percentFrom']} label={t('editor.percentFrom')} rules={[ruleRule(index, 'percentFrom')]}>
                          <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} sm={6}>
                        <Form.Item name={[field.name, 'percentTo']} label={t('editor.percentTo')} rules={[ruleRule(index, 'percentTo')]}>
                          <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} sm={12}>
                        <Form.Item name={[field.name, 'awards']} label={t('editor.awards')} rules={[ruleRule(index, 'awards')]}>
                          <Select mode="tags" placeholder={t('editor.awardsPlaceholder')} open={false} suffixIcon={null} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} sm={6}>
                        <Form.Item name={[field.name, 'format']} label={t('editor.format')}>
                          <Select allowClear placeholder={t('editor.any')} options={enumOptions('format', ['INDIVIDUAL', 'TEAM'], language)} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} sm={6}>
                        <Form.Item name={[field.name, 'teamSize']} label={t('editor.teamSize')} rules={[ruleRule(index, 'teamSize')]}>
                          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} sm={6}>
                        <Form.Item name={[field.name, 'minField']} label={t('editor.minField')} rules={[ruleRule(index, 'minField')]}>
                          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} sm={6}>
                        <Form.Item name={[field.name, 'maxField']} label={t('editor.maxField')} rules={[ruleRule(index, 'maxField')]}>
                          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} sm={6}>
                        <Form.Item name={[field.name, 'category']} label={t('editor.category')}>
                          <Select allowClear placeholder={t('editor.any')} options={enumOptions('category', personCategories, language)} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} sm={6}>
                        <Form.Item name={[field.name, 'requirePassedModules']} valuePropName="checked" label=" ">
                          <Checkbox>{t('editor.requirePassedModules')}</Checkbox>
                        </Form.Item>
                      </Col>
                    </Row>
                    <Row gutter={12}>
                      <Col xs={24} sm={8}>
                        <Form.Item name={[field.name, 'outcome']} label={t('editor.outcome')} rules={[{ required: true }]}>
                          <Select
                            options={outcomes.map((o) => ({ value: o, label: outcomeKindName(o, language) }))}
                          />
                        </Form.Item>
                      </Col>
                      {outcome === 'SKILL_LEVEL' ? (
                        <>
                          <Col xs={14} sm={10}>
                            <Form.Item name={[field.name, 'level']} label={t('editor.level')} rules={[ruleRule(index, 'level')]}>
                              <Select allowClear options={skillLevelOptions(language)} />
                            </Form.Item>
                          </Col>
                          <Col xs={10} sm={6}>
                            <Form.Item name={[field.name, 'levelSteps']} label={t('editor.levelSteps')} rules={[ruleRule(index, 'levelSteps')]}>
                              <InputNumber min={1} max={7} precision={0} style={{ width: '100%' }} />
                            </Form.Item>
                          </Col>
                        </>
                      ) : (
                        <Col xs={24} sm={16}>
                          <Form.Item name={[field.name, 'title']} label={t('editor.title')} rules={[ruleRule(index, 'title')]}>
                            <Input placeholder={t('editor.titlePlaceholder')} />
                          </Form.Item>
                        </Col>
                      )}
                    </Row>
                    {rule?.outcome && (
                      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                        {t('editor.preview', { rule: describeRule(toRuleInput(rule), language) })}
                      </Typography.Paragraph>
                    )}
                  </Card>
                );
              })}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ outcome: 'SKILL_LEVEL' })}>
                {t('editor.addRule')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
