/**
 * axe-core on the rendered page (jsdom): the serious and critical violations. Colour contrast cannot be computed in
 * jsdom (axe reports it as "incomplete"); it comes from the design tokens and is checked in a real browser.
 */
import axe from 'axe-core';

export async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document.documentElement, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: false } }, // needs layout and canvas: real-browser check
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
