/**
 * The yargs option objects of some options, derived from the option table. Every value reaches
 * readOptions as the text that was typed (yargs converts nothing and applies no default), so a
 * bad value is reported as typed and a repeated flag is seen, not silently overwritten.
 */
import type { Options as YargsOption } from 'yargs';
import { flagOf, OPTIONS, type OptionDeclaration, type OptionName } from './declarations.js';

export function yargsOptions(names: readonly OptionName[]): Record<string, YargsOption> {
  const options: Record<string, YargsOption> = {};
  for (const name of names) {
    const declaration: OptionDeclaration<unknown> = OPTIONS[name];
    const shownDefault = declaration.defaultText ?? defaultText(declaration.default);
    const { takes } = declaration.kind;
    options[flagOf(name)] = {
      type: declaration.kind.cli,
      ...(declaration.kind.cli === 'array' ? { string: true } : {}),
      // Choices are listed in the help text, not given to yargs: readOptions checks every value.
      describe: takes.startsWith('one of ') ? `${declaration.help} (${takes.slice('one of '.length)})` : declaration.help,
      group: `${declaration.group}:`,
      ...(shownDefault !== undefined ? { defaultDescription: shownDefault } : {}),
    };
  }
  return options;
}

function defaultText(value: unknown): string | undefined {
  if (value === undefined || value === false) return undefined;
  return Array.isArray(value) ? value.join(',') : String(value);
}
