import { describe, expect, it } from 'vitest';
import { Autosaver, autosaveLabel, type AutosaveTimers } from './autosave';

/** Timers run by hand, so the test decides when "later" is. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  const timers: AutosaveTimers = {
    set(fn) {
      const id = next++;
      pending.set(id, fn);
      return id;
    },
    clear(h) {
      pending.delete(h as number);
    },
  };
  const fire = () => {
    const fns = [...pending.values()];
    pending.clear();
    for (const fn of fns) fn();
  };
  return {
    timers,
    fire,
    get count() {
      return pending.size;
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const AT = new Date('2026-08-01T07:05:00Z'); // 14:05 in Vietnam

describe('autosave of the scoring sheet', () => {
  it('saves once after a burst of changes, with the last value', async () => {
    const t = manualTimers();
    const saved: number[] = [];
    const a = new Autosaver<number>(async (v) => void saved.push(v), {
      timers: t.timers,
      now: () => AT,
    });
    a.schedule(1);
    a.schedule(2);
    a.schedule(3);
    expect(a.state.kind).toBe('pending');
    expect(t.count).toBe(1);
    t.fire();
    await tick();
    expect(saved).toEqual([3]);
    expect(a.state).toEqual({ kind: 'saved', at: AT });
    expect(autosaveLabel(a.state)).toBe('Đã lưu lúc 14:05');
  });

  it('saves a change made during a save right after it', async () => {
    const t = manualTimers();
    const saved: number[] = [];
    let release!: () => void;
    const a = new Autosaver<number>(
      (v) =>
        new Promise<void>((r) => {
          saved.push(v);
          release = r;
        }),
      { timers: t.timers, now: () => AT },
    );
    a.schedule(1);
    const first = a.flush();
    expect(a.state.kind).toBe('saving');
    a.schedule(2);
    expect(a.state.kind).toBe('saving');
    release();
    await first;
    expect(a.state.kind).toBe('pending');
    t.fire();
    await tick();
    release();
    await tick();
    await tick();
    expect(saved).toEqual([1, 2]);
    expect(a.state.kind).toBe('saved');
    expect(a.dirty).toBe(false);
  });

  it('reports a failure with the server’s reason and keeps accepting changes', async () => {
    const t = manualTimers();
    let fail = true;
    const a = new Autosaver<number>(
      async () => {
        if (fail) throw new Error('Điểm "Tính mới" phải từ 0 đến 10 (bước 0,5).');
      },
      { timers: t.timers, now: () => AT },
    );
    a.schedule(11);
    await a.flush();
    expect(autosaveLabel(a.state)).toBe(
      'Chưa lưu được: Điểm "Tính mới" phải từ 0 đến 10 (bước 0,5).',
    );
    fail = false;
    a.schedule(9);
    await a.flush();
    expect(a.state.kind).toBe('saved');
  });

  it('drops a waiting change when cancelled', async () => {
    const t = manualTimers();
    const saved: number[] = [];
    const a = new Autosaver<number>(async (v) => void saved.push(v), { timers: t.timers });
    a.schedule(5);
    a.cancel();
    expect(t.count).toBe(0);
    await a.flush();
    expect(saved).toEqual([]);
    expect(a.dirty).toBe(false);
  });
});
