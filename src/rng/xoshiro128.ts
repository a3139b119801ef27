/**
 * xoshiro128** (Blackman & Vigna, 2018): a small, fast 32-bit generator with 128 bits of state,
 * used inside the kernel's hot loop. Each block of tournaments seeds one from seedrandom
 * (see blockSeed.ts), so seedrandom decides the streams and this only draws from them.
 * Cost: a few integer operations per draw. The state is four plain fields: measured in the
 * kernel, that beat an Int32Array by about 8% (bench/generators.mjs).
 */

const TWO_POW_32 = 4294967296;
const TWO_POW_MINUS_32 = 1 / TWO_POW_32;

export class Xoshiro128 {
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;

  /** `seed` holds four 32-bit words, not all zero. */
  constructor(seed: ArrayLike<number>) {
    this.reseed(seed);
  }

  reseed(seed: ArrayLike<number>): void {
    this.reseed4(seed[0], seed[1], seed[2], seed[3]);
  }

  reseed4(a: number, b: number, c: number, d: number): void {
    this.s0 = a | 0;
    this.s1 = b | 0;
    this.s2 = c | 0;
    this.s3 = d | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // all-zero never leaves zero
  }

  /** Takes the next four words of `source` as the new state: a fresh stream per tournament. */
  reseedFrom(source: Xoshiro128): void {
    const a = source.nextUint32();
    const b = source.nextUint32();
    const c = source.nextUint32();
    this.reseed4(a, b, c, source.nextUint32());
  }

  /** A uniform integer in [0, 2^32). */
  nextUint32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const s2 = this.s2 ^ this.s0;
    const s3 = this.s3 ^ s1;
    this.s1 = s1 ^ s2;
    this.s0 ^= s3;
    this.s2 = s2 ^ (s1 << 9);
    this.s3 = rotl(s3, 11);
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
