/** A breakdown by group (departments, or buyer portfolios): respondents, index and satisfaction, or why hidden. */
import { token } from '@atlaskit/tokens';
import type { Aggregate, HiddenReason } from '@domain/results';
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
  ({ hidden: false } & Aggregate) | { hidden: true; reason: HiddenReason }
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
  const { t, locale } = useI18n();
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
              <>
                <td style={numeric}>{row.respondents}</td>
                <td style={numeric}>{formatIndex(row.overall.index, locale)}</td>
                <td style={numeric}>{formatPercent(row.overall.satisfaction, locale)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
