import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressBar } from '../../src/cli/progressBar.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

describe('progress bar', () => {
  afterEach(() => vi.useRealTimers());

  it('stays silent for the first second, then draws, then clears itself', () => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    const stream = new Capture();
    const bar = progressBar(stream, 'simulating');
    bar.update(10, 100);
    expect(stream.text).toBe(''); // a short run shows nothing
    vi.setSystemTime(1500);
    bar.update(50, 100);
    expect(stream.text).toMatch(/^\rsimulating \[#{15}\.{15}\]  50%$/);
    bar.finish();
    expect(stream.text.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('never draws for a run that ends within the second', () => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    const stream = new Capture();
    const bar = progressBar(stream, 'simulating');
    bar.update(100, 100);
    bar.finish();
    expect(stream.text).toBe('');
  });
});
