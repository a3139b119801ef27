/**
 * What a per-item reader takes: Node's AbortSignal, already checked by winMatricesFrom
 * (requireSignal). Kept out of winsTypes.ts, whose types the library publishes and which must
 * name no Node or DOM global (AbortSignal) for consumers without them.
 */
export interface ReaderOptions {
  readonly signal?: AbortSignal;
}
