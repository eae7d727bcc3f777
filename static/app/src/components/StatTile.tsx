/**
 * One figure in a bordered tile: what it counts, the number, and optionally what it means. A figure that calls
 * for attention (overdue actions) has a red border and number.
 */
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';

const SPACING = {
  /** The report's headline figures. */
  default: { padding: 'space.200', gap: 'space.050', minWidth: '10rem' },
  /** A row of counts above a plan. */
  compact: { padding: 'space.150', gap: 'space.025', minWidth: '7rem' },
} as const;

export function StatTile({
  label,
  value,
  detail,
  alert = false,
  spacing = 'default',
}: {
  label: string;
  value: string;
  detail?: string;
  alert?: boolean;
  spacing?: keyof typeof SPACING;
}) {
  const { padding, gap, minWidth } = SPACING[spacing];
  return (
    <Box
      padding={padding}
      style={{
        border: `${token('border.width')} solid ${alert ? token('color.border.danger') : token('color.border')}`,
        borderRadius: token('radius.medium'),
        minWidth,
      }}
    >
      <Stack space={gap}>
        <Text size="small" color="color.text.subtle">
          {label}
        </Text>
        <Text size="large" weight="bold" color={alert ? 'color.text.danger' : 'color.text'}>
          {value}
        </Text>
        {detail ? (
          <Text size="small" color="color.text.subtle">
            {detail}
          </Text>
        ) : null}
      </Stack>
    </Box>
  );
}
