/**
 * Messages with parameters, shared by the engine (which throws and reports them as codes) and
 * the page (which words them in the UI language). Plain data only, so a coded message survives
 * a worker's postMessage and the browser's storage unchanged.
 */

/** A coded message: `key` names a template in the i18n tables, `params` fill its `{placeholders}`. */
export interface Coded {
  key: string;
  params: MessageParams;
}

/** A parameter is a value, or a coded message of its own (e.g. why a feature was skipped). */
export type MessageParam = string | number | Coded;
export type MessageParams = { [name: string]: MessageParam };

export function isCoded(x: unknown): x is Coded {
  const o = x as Partial<Coded> | null;
  return typeof o === 'object' && o !== null && typeof o.key === 'string' && typeof o.params === 'object' && o.params !== null;
}

/**
 * Fills `{name}` placeholders. Numbers are written with the given locale's grouping; a coded
 * parameter is worded by `nested` (the caller's translator). An unknown placeholder stays as it
 * is, so a missing parameter shows rather than vanishing.
 */
export function format(template: string, params: MessageParams, locale = 'en', nested: (c: Coded) => string = (c) => c.key): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) >= 10000 ? v.toLocaleString(locale) : String(v);
    return typeof v === 'string' ? v : nested(v);
  });
}
