/**
 * Stand-in for `@atlaskit/button/icon/button` (aliased in vite.config.ts): an icon-only Atlaskit button without its
 * tooltip.
 *
 * Atlaskit's section message imports the icon button for its dismiss cross, and that button always brings its
 * tooltip, and the tooltip brings Popper and Atlaskit's top layer: about 25 kB gzip in every module's first chunk,
 * for a cross the app shows once. The app never renders an icon-only button of its own; the few Atlaskit parts that
 * do (the section message's dismiss, a modal's close) keep their label as the button's accessible name.
 */
import { forwardRef, type ComponentProps, type MouseEvent } from 'react';
import Button from '@atlaskit/button/default/button';

/** The label is the button's text for assistive technology; sighted users see the icon. */
const visuallyHidden = {
  position: 'absolute' as const,
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap' as const,
};

export interface IconButtonProps {
  icon: NonNullable<ComponentProps<typeof Button>['iconBefore']>;
  label: string;
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  appearance?: 'default' | 'primary' | 'subtle' | 'discovery';
  spacing?: 'default' | 'compact';
  isDisabled?: boolean;
  testId?: string;
  type?: 'button' | 'submit' | 'reset';
}

const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  { icon, label, onClick, appearance = 'default', spacing = 'default', isDisabled, testId, type = 'button' },
  ref,
) {
  return (
    <Button
      ref={ref}
      appearance={appearance === 'discovery' ? 'default' : appearance}
      spacing={spacing === 'compact' ? 'compact' : 'default'}
      isDisabled={isDisabled}
      testId={testId}
      type={type}
      onClick={onClick}
      iconBefore={icon}
    >
      <span style={visuallyHidden}>{label}</span>
    </Button>
  );
});

export default IconButton;
