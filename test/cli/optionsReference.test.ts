/** docs/options.md is the option table written out: regenerate it with `npm run docs`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { optionsReference } from '../../src/cli/optionsReference.js';
import { OPTIONS } from '../../src/options/declarations.js';
import { REPO_ROOT } from '../support/paths.js';

describe('docs/options.md', () => {
  it('is up to date with the option table (npm run docs)', () => {
    expect(readFileSync(join(REPO_ROOT, 'docs', 'options.md'), 'utf8')).toBe(optionsReference());
  });

  it('lists every option once', () => {
    const text = optionsReference();
    expect(text.match(/^\| `--/gm)).toHaveLength(Object.keys(OPTIONS).length);
  });
});
