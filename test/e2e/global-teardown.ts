/** jest.e2e.config.js `globalTeardown`: stops the run's one Chromium (./chromium-server.ts). */
import { stopChromiumServer } from './chromium-server';

export default stopChromiumServer;
