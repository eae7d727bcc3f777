/**
 * A table whose rows each open a detail below them (an action's history, in the plan and the follow-up). A row
 * knows whether it is open and toggles itself (its cells hold the disclosure button); an open row's border moves
 * under its detail, so the two read as one. The table scrolls sideways on a narrow screen rather than squeeze its
 * words (./table.css).
 */
import { Fragment, useState, type ReactNode } from 'react';
import {
  captionStyle,
  cell,
  headerCell,
  rowBorder,
  tableClass,
  tableRegion,
  tableStyle,
} from './table-style';

export interface Disclosure {
  open: boolean;
  toggle: () => void;
}

export function ExpandableRowsTable<Row>({
  caption,
  headers,
  rows,
  rowKey,
  renderCells,
  renderDetail,
  detailColumn = 0,
}: {
  caption: string;
  /** The column headers, worded. */
  headers: readonly string[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** A row's cells (`th` or `td`), one per header. */
  renderCells: (row: Row, disclosure: Disclosure) => ReactNode;
  /** What an open row shows below it. */
  renderDetail: (row: Row) => ReactNode;
  /** The column the detail starts under; the ones before it stay empty. */
  detailColumn?: number;
}) {
  const { isOpen, toggle } = useOpenRows();
  return (
    <div style={tableRegion}>
      <table style={tableStyle} className={tableClass}>
        <caption style={captionStyle}>{caption}</caption>
        <thead>
          <tr style={rowBorder}>
            {headers.map((header, i) => (
              <th key={i} scope="col" style={headerCell}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const key = rowKey(row);
            const open = isOpen(key);
            return (
              <Fragment key={key}>
                <tr style={open ? undefined : rowBorder}>
                  {renderCells(row, { open, toggle: () => toggle(key) })}
                </tr>
                {open ? (
                  <tr style={rowBorder}>
                    {detailColumn > 0 ? (
                      <td style={cell} {...(detailColumn > 1 ? { colSpan: detailColumn } : {})} />
                    ) : null}
                    <td colSpan={headers.length - detailColumn} style={cell}>
                      {renderDetail(row)}
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function useOpenRows() {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return { isOpen: (key: string) => open.has(key), toggle };
}
