/**
 * Command-line parsing (yargs, strict), with every command's options derived from the option
 * table: argv in, the command and the raw text of each option given out, no side effects beyond
 * yargs printing --help / --version. Values are checked afterwards by readOptions, which sees
 * exactly what was typed. Exported so tests parse without spawning a process.
 */
import yargs, { type PositionalOptions } from 'yargs';
import { SwissRankError } from '../errors.js';
import { flagOf, OPTIONS, type OptionDeclaration, type OptionName } from '../options/declarations.js';
import { readOptions } from '../options/readOptions.js';
import { yargsOptions } from '../options/yargsOptions.js';
import { VERSION } from '../packageInfo.js';
import { COMMANDS, type AnyCommand } from './commands.js';

export interface ParsedArgs {
  readonly command: AnyCommand;
  /** What was given for each option of the command, by option name; undefined when absent. */
  readonly raw: Partial<Record<OptionName, unknown>>;
}

export interface CommandLine {
  readonly command: AnyCommand;
  /** Every option of the command, checked, with defaults. */
  readonly values: Record<string, unknown>;
  readonly given: ReadonlySet<OptionName>;
}

/** argv to the command and its checked option values (every problem at once), or undefined after
 *  --help / --version. @example (await parseCommandLine(['sweep', '--sweep', '0,2']))?.values.sweep // [0, 2] */
export async function parseCommandLine(argv: readonly string[]): Promise<CommandLine | undefined> {
  const parsed = await parseArgs(argv);
  if (parsed === undefined) return undefined;
  const { values, given } = readOptions(parsed.command.options as readonly OptionName[], parsed.raw, { source: 'cli' });
  return { command: parsed.command, values, given };
}

/** yargs takes a lone "-" after a flag for a positional argument (strict mode then refuses it);
 *  `--out -` means standard output, so the "-" is glued to its flag: `--out=-`. */
function dashAsValue(argv: readonly string[]): string[] {
  const glued: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (/^--[^=]+$/.test(arg) && argv[i + 1] === '-') glued.push(`${arg}=${argv[++i]}`);
    else glued.push(arg);
  }
  return glued;
}

/** `<from>`, or `<paths..>` for a list. */
function positionalText(name: OptionName): string {
  return OPTIONS[name].kind.cli === 'array' ? `<${flagOf(name)}..>` : `<${flagOf(name)}>`;
}

function positionalOption(name: OptionName): PositionalOptions {
  const declaration: OptionDeclaration<unknown> = OPTIONS[name];
  return { type: 'string', describe: `${declaration.help} (${declaration.kind.takes})`, ...(declaration.kind.cli === 'array' ? { array: true } : {}) };
}

/** The command and its raw options, or undefined when yargs answered --help or --version. */
export async function parseArgs(argv: readonly string[]): Promise<ParsedArgs | undefined> {
  let chosen: ParsedArgs | undefined;
  let parser = yargs(dashAsValue(argv))
    .scriptName('swiss-rank')
    .usage('$0 <command> [options]\n\nRank language models across benchmarks by simulated Swiss-system tournaments (CSD).');
  for (const command of COMMANDS) {
    const positionals = (command.positionals ?? []) as readonly OptionName[];
    const flags = (command.options as readonly OptionName[]).filter((name) => !positionals.includes(name));
    parser = parser.command(
      [command.name, ...positionals.map(positionalText)].join(' '),
      command.describe,
      (y) => positionals.reduce((p, name) => p.positional(flagOf(name), positionalOption(name)), y.options(yargsOptions(flags))),
      (args) => {
        const raw: Partial<Record<OptionName, unknown>> = {};
        for (const name of command.options as readonly OptionName[]) raw[name] = args[flagOf(name)];
        chosen = { command, raw };
      },
    );
  }
  await parser
    // yargs' own: `swiss-rank completion` prints a bash/zsh script that asks the executable itself
    // (--get-yargs-completions), so commands and flags complete from this same table.
    .completion('completion', 'Print a shell completion script for bash or zsh: source <(swiss-rank completion)')
    .demandCommand(1, `name a command (${COMMANDS.map((c) => c.name).join(', ')}, completion)`)
    .strict()
    .version(VERSION)
    .help()
    // Measuring the terminal for wrapping costs ~10 ms of start-up; only help text needs it.
    .wrap(argv.includes('--help') ? Math.min(110, process.stdout.columns || 110) : null)
    .exitProcess(false)
    .fail((message, error) => {
      if (error instanceof SwissRankError) throw error;
      // yargs words some messages over several lines; an error is one line.
      const text = (message || error?.message || 'bad usage').replace(/\s*\n\s*/g, ' ');
      throw new SwissRankError('BAD_OPTION', `${text} (see swiss-rank --help)`, { option: 'usage' });
    })
    .parseAsync();
  return chosen;
}
