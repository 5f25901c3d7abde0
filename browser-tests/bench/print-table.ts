// How `npm run bench` prints its figures: a titled table with padded columns.

export function table(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]?.length ?? 0)));
  console.log(`\n${title}`);
  cells.forEach((row, i) => {
    console.log(row.map((c, j) => c.padEnd(widths[j] ?? 0)).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
}
