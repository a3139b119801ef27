/**
 * Where a JSON text first goes wrong, for V8 messages without a position (Node 20: "Unexpected
 * token '}', ... is not valid JSON"). Rule: a prefix that parses or only ends early is still valid;
 * binary search for the shortest one that is not. Cost: O(n log n), on the error path only.
 */

/** 0-based offset of the first character that cannot continue valid JSON (text.length: it ends early). */
export function jsonErrorOffset(text: string): number {
  if (validStart(text)) return text.length;
  let valid = 0; // text.slice(0, valid) is a valid start (the empty text ends early)
  let invalid = text.length; // text.slice(0, invalid) is not
  while (invalid - valid > 1) {
    const middle = (valid + invalid) >>> 1;
    if (validStart(text.slice(0, middle))) valid = middle;
    else invalid = middle;
  }
  return invalid - 1;
}

function validStart(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    // Ending early reads as "Unexpected end of JSON input" or as an error at the very end.
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    return /Unexpected end of JSON input/.test(message) || (position !== null && Number(position[1]) >= prefix.length);
  }
}
