import { expiredBefore } from '../analysis/rules/product-expiry';
import { threadTypeName } from '../catalogue/names';
import { findThreadType } from '../catalogue/thread-types';
import type { ThreadType } from '../catalogue/types';
import type { PlanDocument } from '../plan/types';
import type { Flow } from './flow';
import { ENGLISH_REPORT, type ReportLanguage } from './report-language';
import { INK } from './report-style';
import type { ReportText } from './report-strings';
import { drawTable, type TableColumn, type TableRow } from './table';

/**
 * The product summary: what to take from the shelf and what goes in the chart, one row per
 * thread type and lot, with the count. A lot that expired before the plan's date says so in
 * the row (the same test as the product-expiry finding: shared/analysis/rules/product-expiry.ts).
 */

export interface ProductRow {
  readonly typeName: string;
  readonly count: number;
  readonly lot: string;
  readonly expiry: string;
  readonly expired: boolean;
}

const columns = (T: ReportText): readonly TableColumn[] => [
  { header: T.productColumns.type, weight: 2.6 },
  { header: T.productColumns.count, weight: 0.6, align: 'right' },
  { header: T.productColumns.lot, weight: 1.3 },
  { header: T.productColumns.expiry, weight: 1 },
  { header: T.productColumns.status, weight: 1.5 },
];

/** Rows in order of first use in the plan; threads of one type and one lot share a row. */
export function productRows(plan: PlanDocument, catalogue: readonly ThreadType[], language: ReportLanguage = ENGLISH_REPORT): ProductRow[] {
  const T = language.text;
  const rows = new Map<string, { typeName: string; count: number; lot: string; expiry: string }>();
  for (const t of plan.threads) {
    const lot = t.lot?.number.trim() ?? '';
    const expiry = t.lot?.expiry ?? '';
    const key = `${t.typeId}\u0000${lot}\u0000${expiry}`;
    const row = rows.get(key);
    if (row) row.count++;
    else {
      const type = findThreadType(catalogue, t.typeId);
      rows.set(key, { typeName: type ? threadTypeName(type, language.locale) : T.unknownType(t.typeId), count: 1, lot, expiry });
    }
  }
  return [...rows.values()].map((r) => ({ ...r, expired: expiredBefore(r.expiry, plan.meta.date) }));
}

export function drawProductsSection(flow: Flow, plan: PlanDocument, catalogue: readonly ThreadType[]): void {
  const T = flow.language.text;
  if (plan.threads.length === 0) return;
  flow.heading(T.productsTitle);
  flow.paragraph(T.productsIntro, { color: INK.muted });
  flow.gap(4);
  const rows: TableRow[] = productRows(plan, catalogue, flow.language).map((r) => ({
    cells: [
      r.typeName,
      String(r.count),
      r.lot || T.productNoLot,
      r.expiry ? flow.language.day(r.expiry) : T.noLot,
      r.expired ? T.productExpired(flow.language.day(plan.meta.date)) : r.expiry ? T.productInDate : T.productNoExpiry,
    ],
    bold: r.expired,
  }));
  drawTable(flow, columns(T), rows);
}
