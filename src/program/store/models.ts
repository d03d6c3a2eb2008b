import type { Connection, Model, QueryFilter, Schema } from 'mongoose';
import { isDuplicateKey } from './mongo-errors.js';

/** The connection's model of that name, compiled from `schema` the first time it is asked for. */
export function modelOn<T>(connection: Connection, name: string, schema: Schema<T>): Model<T> {
  return (connection.models[name] as Model<T> | undefined) ?? connection.model<T>(name, schema);
}

/**
 * Inserts a document a unique index keeps to one copy (its source key: the same form, click or message again): the
 * first insert creates it; a later one gets the stored copy back, found by `sameKey`. A duplicate key that `sameKey`
 * does not find (another unique index refused it) is thrown.
 */
export async function insertOnce<T>(model: Model<T>, doc: Partial<T>, sameKey: QueryFilter<T>): Promise<{ readonly doc: T; readonly created: boolean }> {
  try {
    const created = await model.create(doc);
    return { doc: created.toObject() as T, created: true };
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    const existing = await model.findOne(sameKey).lean<T>();
    if (existing === null) throw error;
    return { doc: existing, created: false };
  }
}
