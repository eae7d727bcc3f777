/**
 * The local host reads request bodies up to Forge's own invocation payload cap (5 MB), so a payload the platform
 * accepts (a 5,000-row supplier import with accented names: 1.6 MB) is not refused locally, and a larger one is.
 */
import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { readJson } from '../../sandbox/server/http';
import { FORGE_INVOKE_PAYLOAD_BYTES } from '../../src/shared/limits';

const request = (body: string) => Readable.from([Buffer.from(body, 'utf8')]) as unknown as IncomingMessage;

describe('local host request bodies', () => {
  it('reads a 5,000-row import of accented names', async () => {
    // 110 + 55 accented characters a row: about 350 UTF-8 bytes, 1.7 MB in all.
    const name = (i: number) =>
      `${'Éléonore Sérécourt '.repeat(6).slice(0, 104)} ${String(i).padStart(5, '0')}`;
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `${name(i)},${'Équipements électriques '.repeat(3).slice(0, 55)},Hélène Dupré`,
    );
    const csv = ['name,category,owner', ...rows].join('\n');
    const body = JSON.stringify({ payload: { csv, commit: true } });
    expect(Buffer.byteLength(body)).toBeGreaterThan(1024 * 1024);
    expect(await readJson(request(body))).toEqual({ payload: { csv, commit: true } });
  });

  it('refuses a body over the platform cap with 413', async () => {
    const body = JSON.stringify({ csv: 'x'.repeat(FORGE_INVOKE_PAYLOAD_BYTES) });
    await expect(readJson(request(body))).rejects.toMatchObject({ status: 413 });
  });
});
