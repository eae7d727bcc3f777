/**
 * axe-core on the rendered views (jsdom): no serious or critical violations. Colour contrast cannot be computed in
 * jsdom (axe reports it as "incomplete"); it comes from the design tokens and is checked in a real browser.
 */
import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { errorResult, installBridge, useHost } from './harness';
import type * as Boot from '../../static/app/src/boot';
import type * as EntryMain from '../../static/app/src/entry-main';
import type * as EntryConfig from '../../static/app/src/entry-config';

let App: typeof Boot.App;
let renderMain: typeof EntryMain.renderMain;
let renderConfig: typeof EntryConfig.renderConfig;

beforeAll(async () => {
  installBridge();
  ({ App } = await import('../../static/app/src/boot'));
  ({ renderMain } = await import('../../static/app/src/entry-main'));
  ({ renderConfig } = await import('../../static/app/src/entry-config'));
});

async function seriousViolations() {
  const results = await axe.run(document.documentElement, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: false } }, // needs layout and canvas: real-browser check
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe)', () => {
  it('the check itself catches a serious violation', async () => {
    render(<input type="checkbox" />);
    // (and, without the app: no <title>, no lang)
    expect(await seriousViolations()).toEqual(expect.arrayContaining([expect.stringMatching(/^label:/)]));
  });

  it('survey macro', async () => {
    useHost({ moduleKey: 'survey-macro' });
    render(<App render={renderMain} />);
    await screen.findAllByRole('radiogroup');
    expect(await seriousViolations()).toEqual([]);
  });

  it('survey macro, error state', async () => {
    useHost({ moduleKey: 'survey-macro', resolve: () => errorResult('FORBIDDEN') });
    render(<App render={renderMain} />);
    await screen.findByRole('button', { name: 'Retry' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('admin page', async () => {
    useHost({ moduleKey: 'admin-page', locale: 'fr-FR' });
    render(<App render={renderMain} />);
    await screen.findAllByRole('list');
    expect(await seriousViolations()).toEqual([]);
  });

  it('macro config', async () => {
    useHost();
    render(<App render={renderConfig} />);
    await screen.findByRole('textbox');
    expect(await seriousViolations()).toEqual([]);
  });
});
