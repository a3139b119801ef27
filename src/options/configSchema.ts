/**
 * The JSON Schema (draft-07) of report configs for editors, derived from the option table: each
 * config key with its kind's schema, help and default, plus reportConfig.ts's cross-key rules
 * (scores or win matrices; one way to pick orders). reportConfig.ts stays the judge. O(options).
 */
import { OPTIONS, type OptionDeclaration } from './declarations.js';
import type { JsonSchema } from './optionKind.js';
import { REPORT_CONFIG_OPTIONS } from './reportConfig.js';

/** Where the schema is, in the repository and in the package. */
export const CONFIG_SCHEMA_PATH = 'schema/swiss-rank.config.schema.json';

/** The sections of a config: objects holding some options (`data.scores`). */
const SECTIONS: Readonly<Record<string, { description: string; extra: JsonSchema }>> = {
  data: {
    description: 'The data: a score table ("scores") or win matrices ("winMatrices"); paths are relative to this config',
    extra: { oneOf: [{ required: ['scores'] }, { required: ['winMatrices'] }] },
  },
  order: {
    description: 'Adds the round-order analysis: at most one of "permutations", "all": true and "file" (default: 100 random orders)',
    extra: {
      not: {
        anyOf: [
          { required: ['permutations', 'file'] },
          { required: ['permutations', 'all'], properties: { all: { const: true } } },
          { required: ['file', 'all'], properties: { all: { const: true } } },
        ],
      },
    },
  },
};

export function configSchema(): JsonSchema {
  const top: Record<string, JsonSchema> = {
    $schema: { type: 'string', description: 'This schema (editors read it; swiss-rank ignores it)' },
    $comment: { description: 'A note for people; swiss-rank ignores it' },
  };
  const sections: Record<string, Record<string, JsonSchema>> = {};
  for (const name of REPORT_CONFIG_OPTIONS) {
    const declaration: OptionDeclaration<unknown> = OPTIONS[name];
    const [first, second] = (declaration.config as string).split('.');
    const property = optionSchema(declaration);
    if (second === undefined) top[first] = property;
    else (sections[first] ??= {})[second] = property;
  }
  for (const [section, properties] of Object.entries(sections)) {
    const { description, extra } = SECTIONS[section] ?? { description: section, extra: {} };
    top[section] = { type: 'object', description, additionalProperties: false, properties, ...extra };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'swiss-rank report config',
    description:
      'A config for `swiss-rank report --config FILE` (JSON, or YAML ending in .yaml/.yml). Generated from the option table by `npm run docs`; swiss-rank checks the same rules and reports each problem at its key path.',
    type: 'object',
    required: ['data'],
    additionalProperties: false,
    properties: top,
    // The order analysis permutes a fixed round order.
    if: { required: ['order'] },
    then: { properties: { roundOrder: { not: { const: 'random' } } } },
  };
}

/** The schema file's text, as `npm run docs` writes it. */
export function configSchemaText(): string {
  return `${JSON.stringify(configSchema(), null, 2)}\n`;
}

function optionSchema(declaration: OptionDeclaration<unknown>): JsonSchema {
  const shown = declaration.defaultText ?? (declaration.default === undefined ? undefined : JSON.stringify(declaration.default));
  return {
    ...(declaration.kind.schema ?? {}),
    description: `${declaration.help}${shown === undefined ? '' : ` (default: ${shown})`}`,
    ...(declaration.default === undefined ? {} : { default: declaration.default }),
  };
}
