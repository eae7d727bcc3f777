/**
 * Styles shared by the app's Atlaskit Selects. A Custom UI frame is only as tall as its content, so a floating
 * menu under a picker near the frame's bottom is cut off at the frame's edge; laid out in the flow instead, the
 * menu makes the frame grow (the host resizes it). `menuPosition="fixed"` or a `menuPortalTarget` would not help:
 * they still draw inside the frame's viewport.
 */
import { token } from '@atlaskit/tokens';

type Css = Record<string, unknown>;

export const inFlowMenuStyles = {
  menu: (base: Css): Css => ({ ...base, position: 'relative' }),
  // Atlaskit's selected-and-focused option is blue on blue (3.9:1): the text, not the fill, changes.
  option: (base: Css, { isSelected, isFocused }: { isSelected: boolean; isFocused: boolean }): Css =>
    isSelected && isFocused ? { ...base, color: token('color.text') } : base,
};
