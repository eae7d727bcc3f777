/**
 * The demo's supplier register (issue 17, item 8): 15 suppliers in 5 categories, owned by the two buyers as their
 * portfolios suggest (Grace the technical purchases, Hugo the services), with the departments that use them. One is
 * under watch (its deliveries slipped), one archived (kept with its history). Ratings come with the rating step.
 */
import type { Supplier, SupplierStatus } from '../../src/domain/suppliers';

type Row = [
  name: string,
  category: string,
  owner: 'grace' | 'hugo',
  departments: string[],
  status?: SupplierStatus,
];

const ROWS: readonly Row[] = [
  ['Nordlys Computing', 'IT hardware and software', 'grace', ['engineering', 'finance']],
  ['Datavia Software', 'IT hardware and software', 'grace', ['finance', 'hr']],
  ['Pixelforge Displays', 'IT hardware and software', 'grace', ['engineering']],
  ['Ferrum Steel', 'Raw materials', 'grace', ['production', 'engineering']],
  ['Polymera Resins', 'Raw materials', 'grace', ['production']],
  ['Alumina Nord', 'Raw materials', 'grace', ['production']],
  ['Rapid Freight Europe', 'Logistics and transport', 'hugo', ['logistics', 'production'], 'watch'],
  ['Transalpine Logistics', 'Logistics and transport', 'hugo', ['logistics']],
  ['PortLink Shipping', 'Logistics and transport', 'hugo', ['logistics'], 'archived'],
  ['CleanWave Services', 'Facility services', 'hugo', ['hr', 'logistics']],
  ['Atlas Maintenance', 'Facility services', 'hugo', ['production', 'engineering']],
  ['GreenLeaf Grounds', 'Facility services', 'hugo', ['hr']],
  ['Lexicon Legal', 'Professional services', 'hugo', ['legal']],
  ['Brightpath Consulting', 'Professional services', 'hugo', ['finance', 'hr']],
  ['Talentia Staffing', 'Professional services', 'hugo', ['hr', 'production']],
];

/** Registered in January 2024, before the first campaign; re-evaluated a year after the last one (2025). */
const CREATED_AT = Date.UTC(2024, 0, 8, 9);

export function demoSuppliers(owners: { grace: string; hugo: string }): Supplier[] {
  return ROWS.map(([name, category, owner, departments, status = 'active'], i) => ({
    id: `sup-${(0xd0000 + i).toString(16).padStart(16, '0')}`,
    name,
    category,
    ownerAccountId: owners[owner],
    status,
    nextEvaluationOn: status === 'archived' ? null : '2026-02-14',
    departments,
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    revision: 1,
  }));
}
