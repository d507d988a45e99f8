// An opened graph's own attributes (the `data` bag of its nodes and relations: a GEXF attribute, a
// GraphML key, a CSV column the explorer has no role for) written back out beside the atlas's columns,
// each once, typed from its values, under its own name.
import type { DataBag, DataValue } from '../model/graph-vocabulary';
import type { FieldType, FieldValue } from './network';

/** One of the file's attributes: its name, the type its values share, and how to read a value. */
export interface DataField {
  name: string;
  type: FieldType;
  value(bag: DataBag | undefined): FieldValue;
}

function typeOf(values: readonly DataValue[]): FieldType {
  if (values.every((v) => typeof v === 'number')) return values.every((v) => Number.isInteger(v)) ? 'integer' : 'double';
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => Array.isArray(v))) return 'liststring';
  return 'string';
}

const asText = (v: DataValue): string => (Array.isArray(v) ? v.join('; ') : String(v));

/**
 * The attributes the given bags hold, in order of first appearance. A name the export already writes
 * (`taken`: kind, years, label…) is written as `file:<name>`, so neither column hides the other.
 */
export function dataFields(bags: Iterable<DataBag | undefined>, taken: ReadonlySet<string>): DataField[] {
  const seen = new Map<string, DataValue[]>();
  for (const bag of bags) {
    if (!bag) continue;
    for (const name of Object.keys(bag)) {
      const list = seen.get(name);
      if (list) list.push(bag[name]); else seen.set(name, [bag[name]]);
    }
  }
  return [...seen].map(([name, values]) => {
    const type = typeOf(values);
    const read = (bag: DataBag | undefined): DataValue | undefined => (bag && Object.hasOwn(bag, name) ? bag[name] : undefined);
    return {
      name: taken.has(name) ? `file:${name}` : name,
      type,
      value: (bag) => {
        const v = read(bag);
        if (v === undefined) return null;
        return type === 'string' ? asText(v) : (v as FieldValue);
      },
    };
  });
}
