import { expect, nextFrame } from '@open-wc/testing';
import { ROOM_AT_REST_MS, whenIdle } from '../src/controllers/when-idle.js';
import { animate, fakeTimers } from './harness.js';

/** What a task saw when it ran: its deadline's room and whether it ran at its timeout (none: a task, no deadline). */
type Seen = { room: number; timedOut: boolean } | 'no deadline';
const seen = (deadline?: IdleDeadline): Seen =>
  deadline ? { room: deadline.timeRemaining(), timedOut: deadline.didTimeout } : 'no deadline';

const hasIdleCallbacks = typeof requestIdleCallback === 'function';

describe('whenIdle', () => {
  it('asks for the next idle period while the ones it gets are shorter than the room asked for, and runs at its timeout', function () {
    if (!hasIdleCallbacks) this.skip(); // WebKit: a task of its own, tested below
    const timers = fakeTimers();
    try {
      const ran: Seen[] = [];
      whenIdle((d) => ran.push(seen(d)), 1000, ROOM_AT_REST_MS);
      // A period between two frames.
      timers.run({ didTimeout: false, timeRemaining: () => ROOM_AT_REST_MS - 1 });
      expect(ran, 'not in a period too short').to.deep.equal([]);
      expect(timers.pendingIdle, 'the next period asked for').to.equal(1);
      // A period of a page at rest.
      timers.run({ didTimeout: false, timeRemaining: () => ROOM_AT_REST_MS });
      expect(ran).to.deep.equal([{ room: ROOM_AT_REST_MS, timedOut: false }]);
      expect(timers.pending, 'nothing left').to.equal(0);

      whenIdle((d) => ran.push(seen(d)), 1000, ROOM_AT_REST_MS);
      // A page that never rests: the timeout.
      timers.run({ didTimeout: true, timeRemaining: () => 0 });
      expect(ran[1], 'at the timeout').to.deep.equal({ room: 0, timedOut: true });
    } finally {
      timers.restore();
    }
  });

  it('cancels a task that waits for a period with room, in whichever period it waits', function () {
    if (!hasIdleCallbacks) this.skip();
    const timers = fakeTimers();
    try {
      let ran = false;
      const cancel = whenIdle(() => (ran = true), 1000, ROOM_AT_REST_MS);
      timers.run({ didTimeout: false, timeRemaining: () => 1 });
      expect(timers.pendingIdle, 'asked again').to.equal(1);
      cancel();
      expect(timers.pending, 'cancelled').to.equal(0);
      expect(ran).to.equal(false);
    } finally {
      timers.restore();
    }
  });

  it('runs a task that asks for room in a period with that room, once the frames stop', async function () {
    if (!hasIdleCallbacks) this.skip();
    const loop = await animate();
    let ran: Seen | undefined;
    const done = new Promise<void>((resolve) => whenIdle((d) => ((ran = seen(d)), resolve()), 60_000, ROOM_AT_REST_MS));
    for (let i = 0; i < 4; i++) await nextFrame();
    expect(loop.frames, 'frames were drawn meanwhile').to.be.above(4);
    loop.stop();
    await done;
    // Whenever it ran, during the frames or after them, it had the room it asked for. The task reads the room a
    // moment after `whenIdle` checked it, so the clock may have moved on by a little (far less than 1 ms). A period
    // between two frames at 60 Hz holds at most 16.7 ms, so the 1 ms allowed still tells one from a period at rest.
    expect(ran).to.have.property('timedOut', false);
    expect((ran as { room: number }).room).to.be.at.least(ROOM_AT_REST_MS - 1);
  });

  it('runs a task of its own where the engine has no idle callbacks, and at once in the next idle period otherwise', async () => {
    let ran: Seen | undefined;
    await new Promise<void>((resolve) => whenIdle((d) => ((ran = seen(d)), resolve())));
    if (hasIdleCallbacks) expect(ran).to.have.property('timedOut', false);
    else expect(ran).to.equal('no deadline');
  });
});
