/**
 * Names a second place inside an error message ("line 1, column 3", or a key path), for errors
 * that involve two places (duplicates, inconsistent pairs) while `location` holds one. The file is
 * named only when it differs from the error's own.
 */
import type { ErrorLocation } from '../errors.js';

export function placeText(other: ErrorLocation, here: ErrorLocation): string {
  const parts: string[] = [];
  if (other.file !== undefined && other.file !== here.file) parts.push(other.file);
  if (other.line !== undefined) parts.push(`line ${other.line}`);
  if (other.column !== undefined) parts.push(`column ${other.column}`);
  if (parts.length === 0 && other.option !== undefined) parts.push(other.option);
  return parts.join(', ');
}
