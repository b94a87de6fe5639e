/**
 * VS30 per 4-digit postcode (Deltares 2021 extended VS30 map, as tabulated by TNO), for the
 * 2021 model's site term. The table is passed in as CSV text (`postcode,vs30`).
 */
export function vs30Table(csv: string): (postcode: string) => number | undefined {
  const table = new Map<string, number>();
  for (const line of csv.trim().split(/\r?\n/).slice(1)) {
    const [pc4, value] = line.split(',');
    const vs30 = Number(value);
    if (pc4 && Number.isFinite(vs30)) table.set(pc4.trim(), vs30);
  }
  return (postcode) => table.get(postcode.replace(/\s/g, '').slice(0, 4));
}
