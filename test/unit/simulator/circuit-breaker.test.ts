// The circuit breaker's state machine on its own: opening on the window's failure ratio, refusing
// while open, one probe when half-open, and the sliding window of CB_WINDOW_SLOTS slots.
import { describe, expect, test } from 'vitest';
import {
  CB_CLOSED,
  CB_HALF_OPEN,
  CB_OPEN,
  CB_WINDOW_SLOTS,
  CircuitBreakers,
} from '../../../simulator/circuit-breaker';

/** Two edges; edge 0: ratio 0.5 over at least 4 calls, a 1 s window, open for 5 s. */
function breakers(): CircuitBreakers {
  return new CircuitBreakers(
    {
      cbRatio: Float64Array.of(0.5, 0.5),
      cbMinCalls: Float64Array.of(4, 4),
      cbWindowMs: Float64Array.of(1000, 1000),
      cbOpenMs: Float64Array.of(5000, 5000),
    },
    2,
  );
}

/** The breakers, with the time of the next call set to t. */
function at(cb: CircuitBreakers, t: number): CircuitBreakers {
  cb.now = t;
  return cb;
}

describe('circuit breaker', () => {
  test('opens once minCalls outcomes are in the window and the failure ratio is reached', () => {
    const cb = breakers();
    at(cb, 0).record(0, true);
    at(cb, 10).record(0, true);
    at(cb, 20).record(0, true);
    expect(cb.state[0]).toBe(CB_CLOSED); // 3 failures, fewer than minCalls
    at(cb, 30).record(0, false);
    expect(cb.state[0]).toBe(CB_OPEN); // 3 of 4 failed
    expect(at(cb, 31).allow(0)).toBe(false);
    expect(cb.state[1]).toBe(CB_CLOSED); // each edge has its own breaker
    expect(at(cb, 31).allow(1)).toBe(true);
  });

  test('stays closed below the ratio', () => {
    const cb = breakers();
    for (let i = 0; i < 20; i++) at(cb, i).record(0, i % 3 === 2); // every third: never half
    expect(cb.state[0]).toBe(CB_CLOSED);
  });

  test('refuses until the open time has passed, then lets exactly one probe through', () => {
    const cb = breakers();
    for (let i = 0; i < 4; i++) at(cb, 100).record(0, true);
    expect(at(cb, 5099).allow(0)).toBe(false);
    expect(at(cb, 5100).allow(0)).toBe(true);
    expect(cb.state[0]).toBe(CB_HALF_OPEN);
    expect(at(cb, 5101).allow(0)).toBe(false); // the probe is out
  });

  test('a failed probe opens it again for the open time; a late result while open changes nothing', () => {
    const cb = breakers();
    for (let i = 0; i < 4; i++) at(cb, 0).record(0, true);
    at(cb, 10).record(0, false); // late, while open
    expect(cb.state[0]).toBe(CB_OPEN);
    expect(at(cb, 5000).allow(0)).toBe(true);
    at(cb, 5200).record(0, true);
    expect(cb.state[0]).toBe(CB_OPEN);
    expect(at(cb, 10199).allow(0)).toBe(false);
    expect(at(cb, 10200).allow(0)).toBe(true);
  });

  test('a successful probe closes it with an empty window', () => {
    const cb = breakers();
    for (let i = 0; i < 4; i++) at(cb, 0).record(0, true);
    expect(at(cb, 5000).allow(0)).toBe(true);
    at(cb, 5001).record(0, false);
    expect(cb.state[0]).toBe(CB_CLOSED);
    // The failures before opening are gone: three more are not enough to open it.
    for (let i = 0; i < 3; i++) at(cb, 5002).record(0, true);
    expect(cb.state[0]).toBe(CB_CLOSED);
    at(cb, 5003).record(0, true);
    expect(cb.state[0]).toBe(CB_OPEN);
  });

  test(`outcomes leave the window after ${CB_WINDOW_SLOTS} slots of a tenth of the window each`, () => {
    const cb = breakers();
    const slotMs = 1000 / CB_WINDOW_SLOTS;
    for (let i = 0; i < 3; i++) at(cb, 0).record(0, true); // slot 0
    // Slot 9 still sees slot 0's three failures: a fourth call opens the breaker.
    const still = breakers();
    for (let i = 0; i < 3; i++) at(still, 0).record(0, true);
    at(still, (CB_WINDOW_SLOTS - 1) * slotMs).record(0, false);
    expect(still.state[0]).toBe(CB_OPEN);
    // Slot 10 has dropped slot 0: one call, below minCalls.
    at(cb, CB_WINDOW_SLOTS * slotMs).record(0, true);
    expect(cb.state[0]).toBe(CB_CLOSED);
  });

  test('its bytes are its own state, not its settings', () => {
    expect(breakers().bytes()).toBe(2 * (1 + 8 + 1 + 8 + 2 * 8 * CB_WINDOW_SLOTS));
  });
});
