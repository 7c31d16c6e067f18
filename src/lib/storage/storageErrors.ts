/**
 * The browser refused to store more data. Callers tell the user to free space (delete a layer)
 * rather than showing a raw DOMException; nothing of the refused write was kept.
 */
export class StorageFullError extends Error {
  override name = 'StorageFullError';

  constructor(message = 'Browser storage is full', options?: ErrorOptions) {
    super(message, options);
  }
}

/** Errors crossing IndexedDB, OPFS and workers are DOMExceptions or plain copies of them, so compare names. */
export function isNamedError(e: unknown, name: string): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === name;
}

/**
 * The error to throw for a failed write: a quota refusal becomes `StorageFullError`, anything
 * else is returned unchanged. IndexedDB often reports the quota only on the transaction: the
 * request fails with a bare AbortError and `transaction.error` says QuotaExceededError.
 */
export function toStorageError(e: unknown, transactionError?: unknown): unknown {
  if (isNamedError(e, 'QuotaExceededError')) return new StorageFullError(undefined, { cause: e });
  if (isNamedError(e, 'AbortError') && isNamedError(transactionError, 'QuotaExceededError')) return new StorageFullError(undefined, { cause: transactionError });
  return e;
}
