import { Card, Col, Empty, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { enumName } from '../../domain/competition';
import { useLanguage } from '../../forms/useLanguage';
import { childrenOption, levelOption, monthName, monthOption, type ChartTexts, type ChildFigures, type LevelFigures, type MonthFigures } from './charts';
import { EChart } from './EChart';
import './i18n';

/**
 * The dashboard's three charts: by level, by organization directly below, by month. Its own module, loaded
 * when the page first shows figures, so that echarts is not part of the app's first download.
 */
export default function StatisticsCharts({
  organizationName,
  byLevel,
  byMonth,
  childOrganizations,
}: {
  organizationName: string;
  byLevel: readonly LevelFigures[];
  byMonth: readonly MonthFigures[];
  childOrganizations: readonly ChildFigures[];
}) {
  const { t } = useTranslation('statistics');
  const language = useLanguage();
  const texts = useMemo<ChartTexts>(
    () => ({
      competitions: t('figure.competitions'),
      workerParticipations: t('figure.workerParticipations'),
      levelName: (code) => enumName('level', code, language),
      monthName: (month) => monthName(month, language),
    }),
    [t, language],
  );
  // new options only when the figures or the language change: each one redraws its chart
  const levels = useMemo(() => levelOption(byLevel, texts), [byLevel, texts]);
  const below = useMemo(() => childrenOption(childOrganizations, texts), [childOrganizations, texts]);
  const months = useMemo(() => monthOption(byMonth, texts), [byMonth, texts]);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <Card title={t('chart.byLevel')} size="small">
          <EChart option={levels} label={t('chart.byLevelLabel')} />
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title={t('chart.byChild')} size="small">
          {childOrganizations.length > 0 ? (
            <EChart option={below} label={t('chart.byChildLabel')} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('chart.noChildren', { name: organizationName })} style={{ height: 288 }} />
          )}
        </Card>
      </Col>
      <Col span={24}>
        <Card title={t('chart.byMonth')} size="small">
          <EChart option={months} label={t('chart.byMonthLabel')} />
        </Card>
      </Col>
    </Row>
  );
}
