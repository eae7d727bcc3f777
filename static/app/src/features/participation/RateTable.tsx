/** A participation breakdown (per department or per buyer portfolio): responded, invited and rate per group. */
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { useI18n } from '../../app/i18n';
import { formatRate } from '../../components/number-format';
import { UserText } from '../../components/UserText';

const cell = { padding: `${token('space.075')} ${token('space.100')}`, textAlign: 'start' as const };
const numeric = { ...cell, textAlign: 'end' as const, fontVariantNumeric: 'tabular-nums' };
const hiddenCell = { ...numeric, fontStyle: 'italic', color: token('color.text.subtle') };
const rowBorder = { borderBottom: `${token('border.width')} solid ${token('color.border')}` };

export interface RateRow {
  key: string;
  name: string;
  invited: number;
  /** null: hidden below the anonymity threshold. */
  responded: number | null;
}

export function RateTable({
  id,
  caption,
  groupLabel,
  rows,
  threshold,
}: {
  id: string;
  caption: string;
  groupLabel: string;
  rows: RateRow[];
  threshold: number | null;
}) {
  const { t } = useI18n();
  const anyHidden = rows.some((row) => row.responded === null);
  const helpId = `${id}-threshold`;
  return (
    <Stack space="space.100">
      <table
        id={id}
        style={{ borderCollapse: 'collapse', width: '100%' }}
        aria-describedby={anyHidden ? helpId : undefined}
      >
        <caption style={{ textAlign: 'start', paddingBottom: token('space.100') }}>
          <Heading as="h3" size="small">
            {caption}
          </Heading>
        </caption>
        <thead>
          <tr style={rowBorder}>
            <th scope="col" style={cell}>
              {groupLabel}
            </th>
            <th scope="col" style={numeric}>
              {t('ui.participation.responded')}
            </th>
            <th scope="col" style={numeric}>
              {t('ui.participation.invited')}
            </th>
            <th scope="col" style={numeric}>
              {t('ui.participation.rate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <RateTableRow key={row.key} row={row} />
          ))}
        </tbody>
      </table>
      {anyHidden ? (
        <Text as="p" id={helpId} size="small" color="color.text.subtle">
          {t('ui.participation.belowThresholdHelp', { k: threshold ?? '' })}
        </Text>
      ) : null}
    </Stack>
  );
}

function RateTableRow({ row }: { row: RateRow }) {
  const { t, locale } = useI18n();
  const below = t('ui.participation.belowThreshold');
  return (
    <tr style={rowBorder}>
      <th scope="row" style={{ ...cell, fontWeight: token('font.weight.regular') }}>
        <UserText>{row.name}</UserText>
      </th>
      {row.responded === null ? (
        <>
          <td style={hiddenCell}>{below}</td>
          <td style={numeric}>{row.invited}</td>
          <td style={hiddenCell}>{below}</td>
        </>
      ) : (
        <>
          <td style={numeric}>{row.responded}</td>
          <td style={numeric}>{row.invited}</td>
          <td style={numeric}>{formatRate(row.responded, row.invited, locale)}</td>
        </>
      )}
    </tr>
  );
}
