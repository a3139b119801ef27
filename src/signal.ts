/**
 * What swiss-rank needs of an abort signal, as a structural type: the published types then check
 * in a consumer without the DOM library or @types/node (where `AbortSignal` is not declared). At
 * run time it must be a real AbortSignal, which requireSignal.ts checks once, where it comes in.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}
