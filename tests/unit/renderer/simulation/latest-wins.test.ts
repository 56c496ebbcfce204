import { describe, expect, it } from 'vitest';
import { LatestWins } from '../../../../renderer/simulation/latest-wins';

/** The coalescing between the editor and the simulation Worker, without a Worker. */
function channel() {
  const posted: [number, string][] = [];
  const delivered: [string, string][] = [];
  const wins = new LatestWins<string, string>(
    (id, request) => posted.push([id, request]),
    (answer, request) => delivered.push([request, answer]),
  );
  return { wins, posted, delivered };
}

describe('latest-wins coalescing', () => {
  it('sends a request at once when the worker is idle', () => {
    const { wins, posted } = channel();
    wins.request('p1');
    expect(posted).toEqual([[1, 'p1']]);
    expect(wins.busy).toBe(true);
  });

  it('holds requests made while one is in flight and sends only the newest when the answer comes', () => {
    const { wins, posted, delivered } = channel();
    wins.request('p1');
    wins.request('p2');
    wins.request('p3');
    wins.request('p4');
    expect(posted).toEqual([[1, 'p1']]);
    wins.answer(1, 'map of p1');
    expect(delivered).toEqual([['p1', 'map of p1']]);
    // p2 and p3 were superseded before they started: only p4 goes to the worker.
    expect(posted).toEqual([
      [1, 'p1'],
      [2, 'p4'],
    ]);
    wins.answer(2, 'map of p4');
    expect(delivered.map(([request]) => request)).toEqual(['p1', 'p4']);
    expect(wins.busy).toBe(false);
  });

  it('always answers the last request of a burst (a drag ends on its last position)', () => {
    const { wins, posted, delivered } = channel();
    for (let step = 0; step < 100; step++) {
      wins.request(`step ${step}`);
      // the worker answers every seventh step's worth of time
      if (step % 7 === 6) {
        const [id, request] = posted[posted.length - 1]!;
        wins.answer(id, `map of ${request}`);
      }
    }
    while (wins.busy) {
      const [id, request] = posted[posted.length - 1]!;
      wins.answer(id, `map of ${request}`);
    }
    expect(delivered[delivered.length - 1]).toEqual(['step 99', 'map of step 99']);
    // Far fewer solves than edits, and never two requests in flight at once.
    expect(posted.length).toBeLessThan(20);
    expect(new Set(posted.map(([id]) => id)).size).toBe(posted.length);
  });

  it('ignores an answer to anything but the request in flight', () => {
    const { wins, delivered } = channel();
    wins.request('p1');
    wins.answer(7, 'stray');
    expect(delivered).toEqual([]);
    wins.answer(1, 'map of p1');
    wins.answer(1, 'again');
    expect(delivered).toEqual([['p1', 'map of p1']]);
  });

  it('goes on with the held request after a failure', () => {
    const { wins, posted, delivered } = channel();
    wins.request('p1');
    wins.request('p2');
    wins.fail(1);
    expect(posted).toEqual([
      [1, 'p1'],
      [2, 'p2'],
    ]);
    wins.answer(2, 'map of p2');
    expect(delivered).toEqual([['p2', 'map of p2']]);
  });
});
