import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('npm start supervises its apps (scripts/platform.mjs)', () => {
  it('restarts a killed API with growing backoff, keeps the other apps, stops only when told', async () => {
    const harness = fileURLToPath(new URL('./supervisor-harness.mjs', import.meta.url));
    const child = spawn(process.execPath, [harness], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
    const events = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events).toEqual([
      { event: 'restart', name: 'api', code: null, signal: 'SIGKILL', delayMs: 1000, restarts: 1 },
      { event: 'recovered', round: 1, samePid: false },
      { event: 'restart', name: 'api', code: null, signal: 'SIGKILL', delayMs: 2000, restarts: 2 },
      { event: 'recovered', round: 2, samePid: false },
      // Nothing made the platform give up, and the public site and admin ran throughout.
      { event: 'stopped', exits: 0, othersKeptRunning: true },
    ]);
  });
});
