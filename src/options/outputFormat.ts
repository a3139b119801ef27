/** The output formats every command can write. */
export type OutputFormat = 'table' | 'csv' | 'json' | 'markdown';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'csv', 'json', 'markdown'];
