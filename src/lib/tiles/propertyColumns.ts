import type { GeoJsonProperties } from 'geojson';
import { GrowableArray } from './growableArray.ts';

/** A property value as the store hands it back; imports give flat primitives, anything else is kept as is. */
export type PropertyValue = unknown;

// Per-row state of a number column: the row may lack the key, hold null, or hold a number.
const ABSENT = 0;
const NULL = 1;
const NUMBER = 2;

/**
 * A property whose values so far are all numbers (or null): a Float64Array plus a state byte, 9
 * bytes a row instead of a boxed heap number and a pointer.
 */
interface NumberColumn {
  kind: 'number';
  name: string;
  values: GrowableArray<Float64Array>;
  state: GrowableArray<Uint8Array>;
}

/** Any other property: one JS array slot per row, `undefined` where the row lacks the key. */
interface ValueColumn {
  kind: 'value';
  name: string;
  values: PropertyValue[];
}

type Column = NumberColumn | ValueColumn;

/**
 * Feature properties stored column by column, one column per property name, so a million rows of
 * five properties cost five arrays rather than a million objects. Rows round-trip exactly: a key
 * that was absent stays absent, a null stays null, and a `properties: null` stays null.
 */
export class PropertyColumns {
  private readonly columns: Column[] = [];
  private readonly byName = new Map<string, Column>();
  /** Rows added with `properties: null`; rare, so a set rather than a flag per row. */
  private readonly nullRows = new Set<number>();
  private rows = 0;

  /** Appends one row; rows are numbered from 0 in the order they come. */
  append(props: GeoJsonProperties): void {
    const row = this.rows++;
    if (props === null || props === undefined) {
      this.nullRows.add(row);
      return;
    }
    // for-in walks V8's cached key list for objects of one shape; Object.keys would allocate per row.
    for (const name in props) {
      const value: PropertyValue = props[name];
      if (value === undefined) continue;
      let column = this.byName.get(name);
      if (column === undefined) {
        column = { kind: 'number', name, values: new GrowableArray(Float64Array), state: new GrowableArray(Uint8Array) };
        this.columns.push(column);
        this.byName.set(name, column);
      }
      if (column.kind === 'number') {
        if (typeof value === 'number') {
          pushNumber(column, row, value, NUMBER);
          continue;
        }
        if (value === null) {
          pushNumber(column, row, 0, NULL);
          continue;
        }
        column = this.toValueColumn(column);
      }
      const values = column.values;
      while (values.length < row) values.push(undefined);
      values.push(value);
    }
  }

  /** The row's properties as they were added. */
  properties(row: number): GeoJsonProperties {
    if (this.nullRows.has(row)) return null;
    const out: Record<string, PropertyValue> = {};
    for (const column of this.columns) {
      const value = read(column, row);
      if (value !== undefined) out[column.name] = value;
    }
    return out;
  }

  /** One property of a row, without building the row's object (undefined: the row lacks it). */
  value(row: number, name: string): PropertyValue | undefined {
    if (this.nullRows.has(row)) return undefined;
    const column = this.byName.get(name);
    return column ? read(column, row) : undefined;
  }

  /** The row's non-null properties: vector tile tags cannot hold null, and a popup has nothing to show for one. */
  tags(row: number): Record<string, PropertyValue> {
    const out: Record<string, PropertyValue> = {};
    for (const column of this.columns) {
      const value = read(column, row);
      if (value !== undefined && value !== null) out[column.name] = value;
    }
    return out;
  }

  /** Visits the row's non-null properties without building an object: the tile encoder's hot path. */
  forEachTag(row: number, visit: (name: string, value: PropertyValue) => void): void {
    for (const column of this.columns) {
      const value = read(column, row);
      if (value !== undefined && value !== null) visit(column.name, value);
    }
  }

  /** Once a number column meets a non-number it keeps every value in a plain array from then on. */
  private toValueColumn(column: NumberColumn): ValueColumn {
    const values: PropertyValue[] = new Array<PropertyValue>(column.state.length);
    for (let r = 0; r < values.length; r++) values[r] = read(column, r);
    const replaced: ValueColumn = { kind: 'value', name: column.name, values };
    this.columns[this.columns.indexOf(column)] = replaced;
    this.byName.set(column.name, replaced);
    return replaced;
  }
}

function pushNumber(column: NumberColumn, row: number, value: number, state: number): void {
  const { values, state: states } = column;
  // Rows skipped since the column's last value lack the key; the grown buffers are zeroed, i.e. ABSENT.
  values.reserve(row + 1);
  states.reserve(row + 1);
  values.array[row] = value;
  states.array[row] = state;
  values.setLength(row + 1);
  states.setLength(row + 1);
}

function read(column: Column, row: number): PropertyValue {
  if (column.kind === 'value') return column.values[row];
  if (row >= column.state.length) return undefined;
  const state = column.state.get(row);
  if (state === ABSENT) return undefined;
  return state === NUMBER ? column.values.get(row) : null;
}
