/** Where HR's workbook of a competition's promotion outcomes is: the API's export endpoint (DownloadButton fetches it). */
export function outcomesWorkbookUrl(competitionId: string): string {
  return `/exports/competitions/${encodeURIComponent(competitionId)}/promotion-outcomes.xlsx`;
}
