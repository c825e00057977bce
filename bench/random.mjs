// The seeded random generator of the benchmark's datasets (bench/data.mjs) and of the property tests (tests/),
// in plain JavaScript so that Node and the test browsers load the same file. Types: random.d.mts.

/** mulberry32: a tiny, fast 32-bit seeded PRNG; the same seed gives the same floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
