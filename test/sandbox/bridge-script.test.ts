/**
 * The per-frame bridge script the host serves: a frame that starts before the host page's script has run waits for
 * it instead of failing its first call; a frame outside any host page is told so at once.
 */
import { runInNewContext } from 'node:vm';
import { bridgeScript, HOST_WAIT_MS } from '../../sandbox/server/resources';

interface FrameWindow {
  parent: { __host?: { call: (...args: unknown[]) => Promise<unknown> } } | FrameWindow;
  __bridge?: { callBridge(name: string, payload: unknown): Promise<unknown> };
}

/** Runs the bridge script in a frame whose parent is `parent`, with fake timers the test drives. */
function frameIn(parent: FrameWindow['parent'] | 'self'): FrameWindow {
  const frame = { parent: {} } as FrameWindow;
  frame.parent = parent === 'self' ? frame : parent;
  runInNewContext(bridgeScript('macro-1'), { window: frame, setTimeout, Promise, Error });
  return frame;
}

afterEach(() => jest.useRealTimers());

it('waits for a host page whose script runs after the frame started, then makes the call', async () => {
  jest.useFakeTimers();
  const parent: FrameWindow['parent'] = {};
  const frame = frameIn(parent);
  const answer = frame.__bridge!.callBridge('getContext', { n: 1 });
  let settled = false;
  void answer.then(() => (settled = true));
  await jest.advanceTimersByTimeAsync(500);
  expect(settled).toBe(false);
  const call = jest.fn().mockResolvedValue({ ok: true });
  parent.__host = { call };
  await jest.advanceTimersByTimeAsync(50);
  await expect(answer).resolves.toEqual({ ok: true });
  expect(call).toHaveBeenCalledWith('macro-1', 'getContext', { n: 1 }, frame);
});

it('fails a call whose host page never starts its bridge, after a while', async () => {
  jest.useFakeTimers();
  const frame = frameIn({});
  const answer = frame.__bridge!.callBridge('getContext', {});
  const failed = expect(answer).rejects.toThrow('did not start its bridge');
  await jest.advanceTimersByTimeAsync(HOST_WAIT_MS + 100);
  await failed;
});

it('tells a frame opened outside any host page at once', async () => {
  const frame = frameIn('self');
  await expect(frame.__bridge!.callBridge('getContext', {})).rejects.toThrow(
    'not inside the local Forge host page',
  );
});
