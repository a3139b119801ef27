/**
 * xoshiro128** (Blackman & Vigna, 2018): a small, fast 32-bit generator with 128 bits of state,
 * used inside the kernel's hot loop. Each block of tournaments seeds one from seedrandom
 * (see blockSeed.ts), so seedrandom decides the streams and this only draws from them.
 * Cost: a few integer operations per draw; the state lives in an Int32Array so V8 keeps it
 * untagged (object fields holding full 32-bit values would be boxed).
 */

const TWO_POW_32 = 4294967296;
const TWO_POW_MINUS_32 = 1 / TWO_POW_32;

export class Xoshiro128 {
  private readonly s = new Int32Array(4);

  /** `seed` holds four 32-bit words, not all zero. */
  constructor(seed: ArrayLike<number>) {
    this.reseed(seed);
  }

  reseed(seed: ArrayLike<number>): void {
    const s = this.s;
    for (let i = 0; i < 4; i++) s[i] = seed[i] | 0;
    if ((s[0] | s[1] | s[2] | s[3]) === 0) s[0] = 1; // the all-zero state never leaves zero
  }

  /** A uniform integer in [0, 2^32). */
  nextUint32(): number {
    const s = this.s;
    const s1 = s[1];
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s[2] ^= s[0];
    s[3] ^= s1;
    s[1] = s1 ^ s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  }

  /**
   * A uniform integer in [0, n), 1 <= n < 2^21, without bias: Lemire's multiply-shift with
   * rejection. u * n stays below 2^53, so the double arithmetic is exact.
   */
  below(n: number): number {
    // product = high * 2^32 + low; high is the draw, low decides whether it must be rejected.
    let product = this.nextUint32() * n;
    let high = Math.floor(product * TWO_POW_MINUS_32);
    if (product - high * TWO_POW_32 < n) {
      const threshold = (TWO_POW_32 - n) % n;
      while (product - high * TWO_POW_32 < threshold) {
        product = this.nextUint32() * n;
        high = Math.floor(product * TWO_POW_MINUS_32);
      }
    }
    return high;
  }

  /** A fair coin. */
  coin(): boolean {
    return this.nextUint32() < 0x80000000;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
