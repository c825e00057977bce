/** mulberry32: a tiny, fast 32-bit seeded PRNG; the same seed gives the same floats in [0, 1). */
export declare function mulberry32(seed: number): () => number;
