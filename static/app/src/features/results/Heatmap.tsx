/**
 * Sections × groups, each cell the group's index for the section on a colour scale (as Culture Amp and Qualtrics
 * show it). It is an HTML table, so a screen reader reads it as one; a hidden cell says "below threshold" and
 * why, never "no data". A cell whose section has questions too few people answered in that group is the index of
 * the others, and says how many it is without; with none left, it says so instead of a number.
 */
import { token } from '@atlaskit/tokens';
import type { Heatmap as HeatmapData, HeatmapCell } from '@domain/results';
import { useI18n } from '../../app/i18n';
import { localized } from '../../components/text';
import { UserText } from '../../components/UserText';
import { groupName } from './csv';
import { HIDDEN_LABEL } from './hidden-labels';
import { formatIndex } from '../../components/number-format';
import {
  captionStyle,
  cell,
  headerCell,
  hiddenCell,
  numeric,
  rowBorder,
  tableStyle,
} from '../../components/table-style';

/** Four bands of the index, from the design tokens' accent colours (readable in both themes, text on top). */
function band(index: number | null): { background: string; color: string } {
  if (index === null) return { background: 'transparent', color: token('color.text.subtle') };
  if (index < 50)
    return { background: token('color.background.accent.red.subtler'), color: token('color.text') };
  if (index < 65)
    return { background: token('color.background.accent.orange.subtler'), color: token('color.text') };
  if (index < 80)
    return { background: token('color.background.accent.lime.subtler'), color: token('color.text') };
  return { background: token('color.background.accent.green.subtler'), color: token('color.text') };
}

export function Heatmap({ heatmap }: { heatmap: HeatmapData }) {
  const { t, locale } = useI18n();
  // A section's cell is hidden for too few answers when each of its questions is.
  const hiddenText = (c: Extract<HeatmapCell, { hidden: true }>) =>
    c.reason === 'too-few-answers' ? t('ui.results.tooFewAnswersAll') : t(HIDDEN_LABEL[c.reason]);
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={tableStyle} id="results-heatmap">
        <caption style={captionStyle}>{t('ui.results.heatmapCaption')}</caption>
        <thead>
          <tr style={rowBorder}>
            <th scope="col" style={headerCell}>
              {t('ui.results.group')}
            </th>
            {heatmap.sections.map((s) => (
              <th key={s.id} scope="col" style={{ ...headerCell, ...numeric, whiteSpace: 'normal' }}>
                {localized(s.title, locale)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.rows.map((row) => (
            <tr key={row.id} style={rowBorder}>
              <th scope="row" style={{ ...cell, fontWeight: token('font.weight.regular') }}>
                <UserText>{groupName(row, t, locale)}</UserText>
              </th>
              {row.cells.map((c, i) =>
                c.hidden ? (
                  <td key={heatmap.sections[i]?.id ?? i} style={{ ...hiddenCell, whiteSpace: 'normal' }}>
                    {hiddenText(c)}
                  </td>
                ) : (
                  <td key={heatmap.sections[i]?.id ?? i} style={{ ...numeric, ...band(c.index) }}>
                    {formatIndex(c.index, locale)}
                    <span style={{ display: 'block', fontSize: '0.8em' }}>N {c.n}</span>
                    {c.omitted > 0 ? (
                      <span style={{ display: 'block', fontSize: '0.8em' }}>
                        {t('ui.results.omitted', { count: c.omitted })}
                      </span>
                    ) : null}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
