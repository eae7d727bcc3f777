/**
 * Tabs with the WAI-ARIA tabs pattern: one tab stop for the tab list, arrow keys (and Home/End) move and activate,
 * every panel labelled by its tab. Panels stay mounted once visited (hidden when not selected), so a form's unsaved
 * state and its autosave survive switching tabs.
 */
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Box, Inline } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';

export interface TabDef {
  id: string;
  label: string;
  render: () => ReactNode;
}

/** The tab a key moves to from `index` (wrapping around), or -1 for any other key. */
function targetOf(key: string, index: number, last: number): number {
  switch (key) {
    case 'ArrowRight':
      return index === last ? 0 : index + 1;
    case 'ArrowLeft':
      return index === 0 ? last : index - 1;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return -1;
  }
}

const tabStyle = (active: boolean) => ({
  background: 'none',
  border: 'none',
  cursor: 'pointer',
  font: token('font.body'),
  fontWeight: token('font.weight.medium'),
  color: active ? token('color.text.selected') : token('color.text.subtle'),
  padding: `${token('space.100')} ${token('space.150')}`,
  marginBottom: `calc(-1 * ${token('border.width.selected')})`,
  borderBottom: `${token('border.width.selected')} solid ${active ? token('color.border.selected') : 'transparent'}`,
});

export function Tabs({ tabs, label, initial }: { tabs: TabDef[]; label: string; initial?: string }) {
  const [selected, setSelected] = useState(initial ?? tabs[0]?.id ?? '');
  const [visited, setVisited] = useState<Set<string>>(() => new Set([initial ?? tabs[0]?.id ?? '']));
  const refs = useRef(new Map<string, HTMLButtonElement>());

  const select = (id: string, focus: boolean) => {
    setSelected(id);
    setVisited((v) => (v.has(id) ? v : new Set(v).add(id)));
    if (focus) refs.current.get(id)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const to = targetOf(e.key, index, tabs.length - 1);
    if (to < 0) return;
    e.preventDefault();
    select(tabs[to]!.id, true);
  };

  return (
    <Box>
      <div
        role="tablist"
        aria-label={label}
        style={{ borderBottom: `${token('border.width.selected')} solid ${token('color.border')}` }}
      >
        <Inline space="space.050" shouldWrap>
          {tabs.map((tab, index) => (
            <button
              key={tab.id}
              ref={(el) => {
                if (el) refs.current.set(tab.id, el);
              }}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={tab.id === selected}
              aria-controls={`panel-${tab.id}`}
              tabIndex={tab.id === selected ? 0 : -1}
              onClick={() => select(tab.id, false)}
              onKeyDown={(e) => onKeyDown(e, index)}
              style={tabStyle(tab.id === selected)}
            >
              {tab.label}
            </button>
          ))}
        </Inline>
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`panel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          hidden={tab.id !== selected}
          style={{ paddingTop: token('space.200') }}
        >
          {visited.has(tab.id) ? tab.render() : null}
        </div>
      ))}
    </Box>
  );
}
