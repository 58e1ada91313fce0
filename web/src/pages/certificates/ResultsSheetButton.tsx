import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../forms/DownloadButton';
import './i18n';

/** The published results sheet (成绩公示表) as PDF, for the notice board. */
export function ResultsSheetButton({ competitionId }: { competitionId: string }) {
  const { t } = useTranslation('certificates');
  return (
    <DownloadButton url={`/exports/competitions/${encodeURIComponent(competitionId)}/results.pdf`} fallbackName={`${t('sheetName')}.pdf`}>
      {t('sheet')}
    </DownloadButton>
  );
}
