import type { Connection, Schema } from 'mongoose';

/**
 * Every field of every model on the connection that can hold text (strings, lists and maps of strings, in
 * subdocuments too), as `collection.path`, leaving out those whose values come from a fixed list (an enum).
 */
export function textFieldsOf(connection: Connection): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const model of Object.values(connection.models)) {
    const collection = model.collection.collectionName;
    fields.set(collection, [...(fields.get(collection) ?? []), ...walk(model.schema, '')]);
  }
  return fields;
}

interface PathType {
  readonly instance: string;
  readonly enumValues?: readonly unknown[];
  readonly schema?: Schema;
  readonly caster?: PathType;
  readonly embeddedSchemaType?: PathType;
  readonly $__schemaType?: PathType;
}

function walk(schema: Schema, prefix: string): string[] {
  const found: string[] = [];
  schema.eachPath((path, type) => {
    const t = type as unknown as PathType;
    const name = `${prefix}${path}`;
    if (t.schema !== undefined) found.push(...walk(t.schema, `${name}.`));
    else if (isText(t) || isText(t.caster ?? t.embeddedSchemaType ?? t.$__schemaType)) found.push(name);
  });
  return found;
}

function isText(t: PathType | undefined): boolean {
  return t !== undefined && t.instance === 'String' && (t.enumValues ?? []).length === 0;
}
