/**
 * docs/options.md, written from the option table and the command table (`npm run docs`): every
 * option with its flag, config key, library field, default, what it takes, its help text and the
 * commands that take it. A test checks that the file is up to date, so it cannot drift.
 */
import { flagOf, OPTIONS, type OptionDeclaration, type OptionName } from '../options/declarations.js';
import { COMMANDS } from './commands.js';

export function optionsReference(): string {
  const lines = [
    '# Options',
    '',
    'Generated from `src/options/declarations.ts` by `npm run docs`; do not edit by hand.',
    'Each option is declared once: the same name, type, bounds and default hold on the command line',
    '(the flag), in report configs (the config key) and in the library (the field).',
    '',
  ];
  const groups = new Map<string, OptionName[]>();
  for (const name of Object.keys(OPTIONS) as OptionName[]) {
    const group = (OPTIONS[name] as OptionDeclaration<unknown>).group;
    groups.set(group, [...(groups.get(group) ?? []), name]);
  }
  for (const [group, names] of groups) {
    lines.push(`## ${group}`, '', '| flag | config key | library | default | takes | meaning | commands |', '|---|---|---|---|---|---|---|');
    for (const name of names) {
      const d: OptionDeclaration<unknown> = OPTIONS[name];
      const commands = COMMANDS.filter((c) => (c.options as readonly string[]).includes(name)).map((c) => c.name);
      const shownDefault = d.defaultText ?? (d.default === undefined || d.default === false ? '' : Array.isArray(d.default) ? d.default.join(',') : String(d.default));
      lines.push(
        `| \`--${flagOf(name)}\` | ${d.config ? `\`${d.config}\`` : ''} | ${d.library === false ? '' : `\`${d.library ?? name}\``} | ${cell(shownDefault)} | ${cell(d.kind.takes)} | ${cell(d.help)} | ${commands.join(', ')} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
