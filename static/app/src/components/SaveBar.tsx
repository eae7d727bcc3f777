/**
 * A long form whose save bar stays in view: `position: sticky; bottom: 0` on a raised surface with the overflow
 * shadow (tokens, so it follows the dark theme).
 *
 * Sticky alone is not enough in a Custom UI frame: the host grows the iframe to its content, so the frame itself
 * never scrolls and "the bottom of the viewport" is the bottom of the whole form. What the reader sees is the part
 * of the frame inside the host page's viewport, which an IntersectionObserver reports (it measures against the
 * top-level viewport, cross-origin frames included). Thin strips laid over the form tell where the visible part ends;
 * the bar is moved up to that line. Where IntersectionObserver is missing (tests, old browsers) the bar is simply
 * sticky.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { token } from '@atlaskit/tokens';

const STRIP_PX = 40;
const THRESHOLDS = [0, 0.25, 0.5, 0.75, 1];

/** The bottom of the form's part the reader sees, in the frame's document coordinates (null: none seen). */
function useVisibleBottom(overlay: RefObject<HTMLDivElement | null>): number | null {
  const [bottom, setBottom] = useState<number | null>(null);
  useEffect(() => {
    const element = overlay.current;
    if (!element || typeof IntersectionObserver === 'undefined' || typeof ResizeObserver === 'undefined')
      return;
    const seen = new Map<Element, number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) seen.set(entry.target, entry.intersectionRect.bottom + window.scrollY);
          else seen.delete(entry.target);
        }
        setBottom(seen.size > 0 ? Math.max(...seen.values()) : null);
      },
      { threshold: THRESHOLDS },
    );
    const layout = () => {
      const count = Math.ceil(element.offsetHeight / STRIP_PX);
      if (count === element.childElementCount) return;
      observer.disconnect();
      seen.clear();
      element.replaceChildren();
      for (let i = 0; i < count; i++) {
        const strip = document.createElement('div');
        strip.style.cssText = `position:absolute;left:0;width:1px;top:${i * STRIP_PX}px;height:${STRIP_PX}px`;
        element.append(strip);
        observer.observe(strip);
      }
    };
    const resize = new ResizeObserver(layout);
    resize.observe(element);
    layout();
    return () => {
      resize.disconnect();
      observer.disconnect();
      element.replaceChildren();
    };
  }, [overlay]);
  return bottom;
}

function Bar({ visibleBottom, children }: { visibleBottom: number | null; children: ReactNode }) {
  const marker = useRef<HTMLDivElement>(null);
  const [lift, setLift] = useState(0);
  useLayoutEffect(() => {
    const end = marker.current;
    if (!end) return;
    // Where the bar ends in the flow, where sticky puts it (the frame's own viewport), where the reader sees.
    const natural = end.getBoundingClientRect().top + window.scrollY;
    const stuck = Math.min(natural, window.scrollY + window.innerHeight);
    const wanted = visibleBottom === null ? stuck : Math.min(natural, visibleBottom);
    setLift(Math.max(0, Math.round(stuck - wanted)));
  }, [visibleBottom]);
  return (
    <>
      <div
        data-save-bar=""
        style={{
          position: 'sticky',
          bottom: 0,
          zIndex: 1,
          transform: lift > 0 ? `translateY(-${lift}px)` : undefined,
          backgroundColor: token('elevation.surface.raised'),
          boxShadow: token('elevation.shadow.overflow'),
          border: `${token('border.width')} solid ${token('color.border')}`,
          borderRadius: token('radius.medium'),
          padding: token('space.150'),
          marginInline: `calc(-1 * ${token('space.150')})`,
        }}
      >
        {children}
      </div>
      <div ref={marker} aria-hidden="true" />
    </>
  );
}

export function SaveBarArea({ children, bar }: { children: ReactNode; bar: ReactNode }) {
  const overlay = useRef<HTMLDivElement>(null);
  const visibleBottom = useVisibleBottom(overlay);
  return (
    <div style={{ position: 'relative' }}>
      <div
        ref={overlay}
        aria-hidden="true"
        style={{ position: 'absolute', inset: 0, overflow: 'hidden', pointerEvents: 'none' }}
      />
      {children}
      <Bar visibleBottom={visibleBottom}>{bar}</Bar>
    </div>
  );
}
