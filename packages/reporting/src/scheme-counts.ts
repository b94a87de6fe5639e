/**
 * Applications per scheme as known on a date — received, decided (not revoked), withdrawn and open
 * — protected as one table with received as the row total. One computation for
 * applications.perScheme and every figure derived from its counts (the objection rate), so that a
 * count hidden in one is hidden in the other.
 */
import type { DatabaseHandle } from '@img-groningen/db';
import { flowsAsOf } from './flows';
import { hideZerosBeside, protectTable, zeroHiddenIf, type PublicCount } from './disclosure';

export interface SchemeCountRow {
  code: string;
  name_nl: string;
  name_en: string;
  received: number;
  decided: number;
  withdrawn: number;
}

export interface ProtectedSchemeCounts {
  rows: SchemeCountRow[];
  schemes: {
    received: PublicCount;
    decided: PublicCount;
    withdrawn: PublicCount;
    open: PublicCount;
  }[];
  totals: {
    received: PublicCount;
    decided: PublicCount;
    withdrawn: PublicCount;
    open: PublicCount;
  };
}

export async function schemeCounts(
  db: DatabaseHandle,
  {
    asOf,
    onDataDate,
    municipality,
    zeroHidden = async () => () => false,
  }: {
    asOf: string;
    onDataDate: boolean;
    municipality: string | null;
    /**
     * Whether a zero stock of a scheme (null: all schemes) reads "<10" (progress'
     * `stockZeroHidden`); asked for only when an open count is 0.
     */
    zeroHidden?: () => Promise<(scheme: string | null) => boolean>;
  },
): Promise<ProtectedSchemeCounts> {
  const rows = await db.query<SchemeCountRow>(
    // received = the receipts, decided = decisions minus revocations, withdrawn = withdrawals, as
    // registered by the date (the same "as known then" as every other figure): on the data's own
    // date from the weekly rollup (a few thousand rows), on any other from the daily one.
    `select s.code, s.name_nl, s.name_en,
            coalesce(sum(f.inflow), 0)::int as received,
            coalesce(sum(f.outflow) - sum(f.reopened), 0)::int as decided,
            coalesce(sum(f.withdrawn), 0)::int as withdrawn
       from schemes s
       left join (${flowsAsOf(onDataDate)}) f on f.scheme_code = s.code
      group by s.code, s.name_nl, s.name_en
      order by received desc, s.code`,
    [asOf, municipality],
  );
  // Open is the stock of every other figure: received minus decided minus withdrawn.
  // Open is published as it is elsewhere (the week's stock, the ageing's total, the expected lead
  // time's stock): never hidden here to protect another.
  const table = protectTable(
    rows.map((r) => [r.decided, r.withdrawn, r.received - r.decided - r.withdrawn]),
    { shownElsewhere: [2] },
  );
  // Each row adds up to its received: a zero beside a hidden count of the row is hidden too; open
  // is a stock, one figure in several answers, whose zero follows its weekly series (zeroHidden).
  const anyZeroOpen = [...table.cells.map((c) => c[2]!), table.columnTotals[2]!].some(
    (c) => c.value === 0,
  );
  const hides = anyZeroOpen ? await zeroHidden() : () => false;
  const row = (received: PublicCount, cells: readonly PublicCount[], scheme: string | null) => {
    const open = zeroHiddenIf(cells[2]!, hides(scheme));
    const [r, decided, withdrawn] = hideZerosBeside([received, cells[0]!, cells[1]!, open]);
    return { received: r!, decided: decided!, withdrawn: withdrawn!, open };
  };
  return {
    rows,
    schemes: rows.map((r, i) => row(table.rowTotals[i]!, table.cells[i]!, r.code)),
    totals: row(table.grandTotal, table.columnTotals, null),
  };
}
