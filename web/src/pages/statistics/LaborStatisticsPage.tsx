import { Card, Col, DatePicker, Form, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { graphql } from '../../gql';
import { useViewer } from '../../layout/viewer';
import { OrganizationPicker } from '../organizations/OrganizationPicker';
import { OrganizationChildrenQuery } from '../organizations/organizationTree';
import type { Figures } from './charts';
import './i18n';
import { grantedOrganizations } from './scope';

/** echarts comes with the charts, in a file of its own, fetched when the first figures are shown. */
const StatisticsCharts = lazy(() => import('./StatisticsCharts'));

/** The figures of an organization's labor competitions in a year, by month and level, and those of each organization directly below it. */
export const LaborStatisticsDashboardQuery = graphql(`
  query LaborStatisticsDashboard($organizationId: ID!, $year: Int!) {
    organization(id: $organizationId) {
      id
      name
      laborStatistics(year: $year) {
        year
        competitions
        units
        workerParticipations
        commendedUnits
        byMonth {
          month
          competitions
          units
          workerParticipations
          commendedUnits
        }
        byLevel {
          level
          competitions
          units
          workerParticipations
          commendedUnits
        }
      }
      children {
        id
        name
        laborStatistics(year: $year) {
          competitions
          units
          workerParticipations
          commendedUnits
        }
      }
    }
  }
`);

/** The years the API counts (LaborStatisticsService: 1949 to 2200). */
const firstYear = 1949;
const lastYear = 2200;

/** The four headline figures, in the order the dashboard shows them. */
export const headlineFigures = ['competitions', 'units', 'workerParticipations', 'commendedUnits'] as const satisfies readonly (keyof Figures)[];

/**
 * 劳动竞赛全域统计: an organization (the caller's first where they hold a grant, else the first root of the
 * tree) and a year (this one); the labor competitions it and the organizations below it run: four headline
 * figures, then charts by level, by organization directly below and by month.
 */
export function LaborStatisticsPage() {
  const { t } = useTranslation('statistics');
  const viewer = useViewer();
  const granted = grantedOrganizations(viewer);
  // a caller without grants starts from the tree's roots (anyone signed in may ask for any organization's figures)
  const [rootsResult, refetchRoots] = useQuery({
    query: OrganizationChildrenQuery,
    variables: { parentId: null },
    pause: viewer.loading || granted.length > 0,
  });
  const roots = granted.length > 0 ? granted : (rootsResult.data?.organizations.edges.map((edge) => edge.node) ?? []);
  const rootsState =
    granted.length > 0
      ? { fetching: false, hasData: true, retry: () => {} }
      : viewer.loading
        ? { fetching: true, hasData: false, retry: () => {} }
        : loadStateOf(rootsResult, refetchRoots);
  const [picked, setPicked] = useState<string>();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const organizationId = picked ?? roots[0]?.id;

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
      }
      style={{ maxWidth: 1200, margin: '0 auto' }}
    >
      <QueryState {...rootsState} empty={{ when: roots.length === 0, description: t('noOrganizations') }}>
        <Form layout="vertical" component="div">
          <Row gutter={16}>
            <Col xs={24} sm={16} md={10}>
              <Form.Item label={t('organization')} htmlFor="statistics-organization">
                <OrganizationPicker
                  id="statistics-organization"
                  roots={roots}
                  value={organizationId}
                  onChange={setPicked}
                  placeholder={t('organizationPlaceholder')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8} md={6}>
              <Form.Item label={t('year')} htmlFor="statistics-year">
                <DatePicker
                  id="statistics-year"
                  picker="year"
                  allowClear={false}
                  style={{ width: '100%' }}
                  value={dayjs(new Date(year, 0, 1))}
                  onChange={(value) => value && setYear(value.year())}
                  disabledDate={(day) => day.year() < firstYear || day.year() > lastYear}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {organizationId && <OrganizationStatistics organizationId={organizationId} year={year} />}
      </QueryState>
    </Card>
  );
}

function OrganizationStatistics({ organizationId, year }: { organizationId: string; year: number }) {
  const { t } = useTranslation('statistics');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: LaborStatisticsDashboardQuery,
    variables: { organizationId, year },
    requestPolicy: 'cache-and-network',
  });
  const organization = data?.organization;
  const statistics = organization?.laborStatistics;

  return (
    <QueryState
      {...loadStateOf({ data, fetching, error }, refetch)}
      errorTitle={t('loadFailed')}
      empty={{
        when: !statistics || statistics.competitions === 0,
        description: organization ? t('empty', { name: organization.name, year }) : t('notFound'),
        extra: organization && <Typography.Text type="secondary">{t('emptyHint')}</Typography.Text>,
      }}
    >
      {organization && statistics && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('scope', { name: organization.name, year })}</Typography.Text>
          <Row gutter={[16, 16]}>
            {headlineFigures.map((figure) => (
              <Col key={figure} xs={12} md={6}>
                <Card size="small">
                  <Statistic title={t(`figure.${figure}`)} value={statistics[figure]} />
                </Card>
              </Col>
            ))}
          </Row>
          <Suspense
            fallback={
              <Card aria-busy="true" aria-label={t('chart.loading')}>
                <Skeleton active paragraph={{ rows: 8 }} />
              </Card>
            }
          >
            <StatisticsCharts
              organizationName={organization.name}
              byLevel={statistics.byLevel}
              byMonth={statistics.byMonth}
              childOrganizations={organization.children}
            />
          </Suspense>
        </Space>
      )}
    </QueryState>
  );
}
