import { expect, nextFrame } from '@open-wc/testing';
import { ROOM_AT_REST_MS, whenIdle } from '../src/controllers/when-idle.js';
import { animate } from './harness.js';

/** What a task saw when it ran: its deadline's room and whether it ran at its timeout (none: a task, no deadline). */
type Seen = { room: number; timedOut: boolean } | 'no deadline';
const seen = (deadline?: IdleDeadline): Seen =>
  deadline ? { room: deadline.timeRemaining(), timedOut: deadline.didTimeout } : 'no deadline';

const hasIdleCallbacks = typeof requestIdleCallback === 'function';

describe('whenIdle', () => {
  it('leaves a task that asks for room while frames are due, and runs it once the page is at rest', async function () {
    if (!hasIdleCallbacks) this.skip(); // WebKit: a task of its own, tested below
    const loop = await animate();
    let ran: Seen | undefined;
    const done = new Promise<void>((resolve) => whenIdle((d) => ((ran = seen(d)), resolve()), 60_000, ROOM_AT_REST_MS));
    // Idle periods do come between the frames, as a task that asks for no room shows.
    const shortPeriods: number[] = [];
    while (shortPeriods.length < 3) {
      await new Promise<void>((resolve) => whenIdle((d) => (shortPeriods.push(d!.timeRemaining()), resolve())));
      await nextFrame();
    }
    expect(loop.frames, 'frames were drawn meanwhile').to.be.above(4);
    expect(ran, 'not between two frames').to.equal(undefined);
    expect(Math.max(...shortPeriods), 'the periods between frames are shorter than the room asked for').to.be.below(
      ROOM_AT_REST_MS,
    );
    loop.stop();
    await done;
    expect(ran).to.have.property('timedOut', false);
    expect((ran as { room: number }).room).to.be.at.least(ROOM_AT_REST_MS);
  });

  it('runs a task that asks for room at its timeout when the page never rests', async function () {
    if (!hasIdleCallbacks) this.skip();
    const loop = await animate();
    try {
      const ran = await new Promise<Seen>((resolve) => whenIdle((d) => resolve(seen(d)), 100, ROOM_AT_REST_MS));
      expect(ran).to.have.property('timedOut', true);
      expect(loop.frames, 'frames were drawn meanwhile').to.be.above(2);
    } finally {
      loop.stop();
    }
  });

  it('cancels a task that is waiting for room', async function () {
    if (!hasIdleCallbacks) this.skip();
    const loop = await animate();
    let ran = false;
    const cancel = whenIdle(() => (ran = true), 60_000, ROOM_AT_REST_MS);
    // A few frames, with the idle periods between them, in which the task is asked for again.
    for (let i = 0; i < 3; i++) await nextFrame();
    cancel();
    loop.stop();
    // A task asked for later, with the same room, runs after it would have.
    await new Promise<void>((resolve) => whenIdle(() => resolve(), 60_000, ROOM_AT_REST_MS));
    expect(ran).to.equal(false);
  });

  it('runs a task of its own where the engine has no idle callbacks, and at once in the next idle period otherwise', async () => {
    let ran: Seen | undefined;
    await new Promise<void>((resolve) => whenIdle((d) => ((ran = seen(d)), resolve())));
    if (hasIdleCallbacks) expect(ran).to.have.property('timedOut', false);
    else expect(ran).to.equal('no deadline');
  });
});
