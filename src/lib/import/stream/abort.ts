/** Stops a reader at its next step once the caller has given up on the import. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('The import was cancelled', 'AbortError');
}
