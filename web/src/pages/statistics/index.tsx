export { LaborStatisticsPage } from './LaborStatisticsPage';
