/** Layout pieces shared by the admin editors: a titled form section, a bordered card, visually hidden text. */
import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';

export function FormSection({
  title,
  id,
  description,
  children,
}: {
  title: string;
  id: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <Stack space="space.200">
        <Stack space="space.050">
          <Heading as="h3" size="small" id={id}>
            {title}
          </Heading>
          {description ? (
            <Text as="p" color="color.text.subtle">
              {description}
            </Text>
          ) : null}
        </Stack>
        {children}
      </Stack>
    </section>
  );
}

export function Card({ children }: { children: ReactNode }) {
  return (
    <Box
      padding="space.200"
      style={{
        border: `${token('border.width')} solid ${token('color.border')}`,
        borderRadius: token('radius.medium'),
      }}
    >
      {children}
    </Box>
  );
}

/** Visually hidden but read by screen readers. */
export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
