/** The API's refusals no field shows, one a line (for an alert's description). */
export function RefusalLines({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((line, i) => (
        <div key={`${i}-${line}`}>{line}</div>
      ))}
    </>
  );
}
