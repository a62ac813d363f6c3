import { v7 } from 'uuid';

/** mulberry32: a small seeded PRNG, so every run generates the same data. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    /** A UUIDv7 for a given time whose random part comes from the seed. */
    uuid: (msecs: number) =>
      v7({ msecs, random: Uint8Array.from({ length: 16 }, () => Math.floor(next() * 256)) }),
  };
}
