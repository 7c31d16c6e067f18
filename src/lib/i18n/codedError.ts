import { format, type Coded, type MessageParams } from './format.ts';
import { MESSAGES, type MessageKey } from './messages.ts';

/** A coded message in English: for the command line, logs, and an error's `message`. */
export function english(c: Coded): string {
  const entry = (MESSAGES as Record<string, { en: string } | undefined>)[c.key];
  return entry ? format(entry.en, c.params, 'en', english) : c.key;
}

/**
 * An error the page can word in its own language: `key` names the message, `params` fill it.
 * `message` stays English for the command line and logs. Both survive the worker boundary
 * (rpc.ts sends them along).
 */
export class CodedError extends Error implements Coded {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    options?: ErrorOptions,
  ) {
    super(english({ key, params }), options);
  }
}
