import { assert } from '@open-wc/testing';

/**
 * web-test-runner.config.mjs starts every browser with TZ=America/New_York, a zone with
 * daylight saving, so that code which mixes local and UTC dates fails here instead of
 * passing only on a machine that happens to run on UTC. Keep the two in step.
 */
const PINNED_TIME_ZONE = 'America/New_York';

describe('test environment', () => {
  it('runs the browser in the pinned time zone', () => {
    assert.equal(Intl.DateTimeFormat().resolvedOptions().timeZone, PINNED_TIME_ZONE);
  });

  it('observes daylight saving: UTC-4 in July, UTC-5 in January', () => {
    // getTimezoneOffset() is minutes *behind* UTC
    assert.equal(new Date(2016, 6, 1).getTimezoneOffset(), 240);
    assert.equal(new Date(2016, 0, 1).getTimezoneOffset(), 300);
  });

  it('formats local midnight of a summer day as 04:00 UTC', () => {
    assert.equal(new Date(2016, 6, 1).toISOString(), '2016-07-01T04:00:00.000Z');
  });
});
