/**
 * axe-core on the macro config screen (jsdom): the picker, a refused binding, and someone not allowed to configure.
 * No serious or critical violation; colour contrast needs a real browser (see ./axe.ts).
 */
import { fireEvent, screen } from '@testing-library/react';
import { bootApp, showConfig } from './app';
import { seriousViolations } from './axe';
import { campaignView, errorResult, fakeBackend, TEST_ACCOUNT_ID } from './backend';

jest.setTimeout(30_000);

beforeAll(bootApp);

describe('accessibility (axe)', () => {
  it('macro config: picker, then a refused binding', async () => {
    const b = fakeBackend({ access: { accountId: TEST_ACCOUNT_ID, roles: ['admin'], canBootstrap: false } });
    b.state.campaigns = [
      campaignView({
        id: 'survey-2026',
        name: { 'en-US': 'Survey 2026', 'fr-FR': 'Survey 2026' },
        period: '2026',
        status: 'open',
        opensOn: '2026-03-01',
        closesOn: '2026-03-31',
        anonymous: false,
        bound: false,
      }),
    ];
    b.on('binding/bind', () => errorResult('FORBIDDEN', 'forbidden.moveBinding'));
    showConfig({ backend: b, config: { campaignId: 'survey-2026' } });
    await screen.findByRole('radiogroup', { name: /Campaign/ });
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(
      'You are not allowed to move this campaign to another page: it is bound elsewhere, ask an admin.',
    );
    expect(await seriousViolations()).toEqual([]);
  });

  it('macro config: not allowed', async () => {
    const b = fakeBackend({ access: { accountId: TEST_ACCOUNT_ID, roles: [], canBootstrap: false } });
    showConfig({ backend: b });
    await screen.findByRole('heading', { level: 2 });
    expect(await seriousViolations()).toEqual([]);
  });
});
