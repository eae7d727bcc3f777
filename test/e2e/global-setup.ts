/** jest.e2e.config.js `globalSetup`: the run's one Chromium (./chromium-server.ts). */
import { startChromiumServer } from './chromium-server';

export default startChromiumServer;
