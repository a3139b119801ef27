/** Any result as JSON: the result object itself, so the CLI, the report folder and the library agree. */
export function resultJson(result: object): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
