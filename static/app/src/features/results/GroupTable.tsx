/**
 * A breakdown by group (departments, or buyer portfolios): respondents, index and satisfaction, or why hidden. The
 * index and satisfaction leave out the questions too few people answered in the group, and say how many.
 */
import { token } from '@atlaskit/tokens';
import type { HiddenReason, ShownAggregate } from '@domain/results';
import { useI18n } from '../../app/i18n';
import { UserText } from '../../components/UserText';
import { formatIndex, formatPercent } from '../../components/number-format';
import {
  captionStyle,
  cell,
  headerCell,
  hiddenCell,
  numeric,
  rowBorder,
  tableStyle,
} from '../../components/table-style';

export type GroupRow = { key: string; name: string } & (
  ({ hidden: false } & ShownAggregate) | { hidden: true; reason: HiddenReason }
);

export function GroupTable({
  id,
  caption,
  label,
  rows,
}: {
  id: string;
  caption: string;
  label: string;
  rows: GroupRow[];
}) {
  const { t } = useI18n();
  return (
    <table style={tableStyle} id={id}>
      <caption style={captionStyle}>{caption}</caption>
      <thead>
        <tr style={rowBorder}>
          <th scope="col" style={headerCell}>
            {label}
          </th>
          <th scope="col" style={{ ...headerCell, ...numeric }}>
            {t('ui.results.respondents')}
          </th>
          <th scope="col" style={{ ...headerCell, ...numeric }}>
            {t('ui.results.index')}
          </th>
          <th scope="col" style={{ ...headerCell, ...numeric }}>
            {t('ui.results.satisfaction')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} style={rowBorder}>
            <th scope="row" style={{ ...cell, fontWeight: token('font.weight.regular') }}>
              <UserText>{row.name}</UserText>
            </th>
            {row.hidden ? (
              <td colSpan={3} style={{ ...hiddenCell, textAlign: 'start' }}>
                {row.reason === 'complementary'
                  ? t('ui.results.hiddenComplementary')
                  : t('ui.results.belowThreshold')}
              </td>
            ) : (
              <ShownCells row={row} />
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ShownCells({ row }: { row: ShownAggregate }) {
  const { t, locale } = useI18n();
  const omitted = row.criteria.filter((c) => c.hidden).length;
  if (omitted === row.criteria.length && omitted > 0) {
    return (
      <>
        <td style={numeric}>{row.respondents}</td>
        <td colSpan={2} style={{ ...hiddenCell, textAlign: 'start' }}>
          {t('ui.results.tooFewAnswersAll')}
        </td>
      </>
    );
  }
  const without =
    omitted > 0 ? (
      <span style={{ display: 'block', fontSize: '0.85em', color: token('color.text.subtle') }}>
        {t('ui.results.omitted', { count: omitted })}
      </span>
    ) : null;
  return (
    <>
      <td style={numeric}>{row.respondents}</td>
      <td style={numeric}>
        {formatIndex(row.overall.index, locale)}
        {without}
      </td>
      <td style={numeric}>{formatPercent(row.overall.satisfaction, locale)}</td>
    </>
  );
}
