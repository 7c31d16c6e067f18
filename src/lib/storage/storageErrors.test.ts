import { describe, expect, it } from 'vitest';
import { isNamedError, StorageFullError, toStorageError } from './storageErrors.ts';

describe('toStorageError', () => {
  it('maps QuotaExceededError to StorageFullError, keeping the cause', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const mapped = toStorageError(quota);
    expect(mapped).toBeInstanceOf(StorageFullError);
    expect(mapped).toBeInstanceOf(Error);
    expect((mapped as Error).name).toBe('StorageFullError');
    expect((mapped as Error).cause).toBe(quota);
  });

  it('maps an AbortError only when the transaction failed for quota', () => {
    const abort = new DOMException('aborted', 'AbortError');
    expect(toStorageError(abort, new DOMException('full', 'QuotaExceededError'))).toBeInstanceOf(StorageFullError);
    expect(toStorageError(abort, null)).toBe(abort);
    expect(toStorageError(abort)).toBe(abort);
  });

  it('returns any other error unchanged', () => {
    const other = new TypeError('nope');
    expect(toStorageError(other)).toBe(other);
    expect(toStorageError('text')).toBe('text');
  });

  it('recognises errors copied across a worker boundary by name', () => {
    expect(isNamedError({ name: 'QuotaExceededError', message: '' }, 'QuotaExceededError')).toBe(true);
    expect(isNamedError(null, 'QuotaExceededError')).toBe(false);
  });
});
