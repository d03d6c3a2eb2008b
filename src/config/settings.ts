import { z } from 'zod';
import type { Parsed } from './program.js';

/**
 * A feature's settings: its own fragment of the environment, checked at start with the core settings (every problem
 * listed together) and read by the feature with `settingsOf`.
 */
export interface SettingsFragment<T> {
  /** The feature's name, for messages. */
  readonly name: string;
  readonly schema: z.ZodType<T>;
}

export function defineSettings<S extends z.ZodRawShape, T>(name: string, shape: S, build: (values: z.output<z.ZodObject<S>>) => T): SettingsFragment<T> {
  return { name, schema: z.object(shape).transform((values) => Object.freeze(build(values))) as unknown as z.ZodType<T> };
}

/** Empty strings count as unset: `.env` files and CI often export `NAME=`. */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

export const booleanText = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), {
    message: 'expected true or false',
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A text setting read by a parser that explains what it expected, its message kept. */
export const parsedText = <T>(parse: (text: string) => Parsed<T>) =>
  z.string().transform((text, ctx): T => {
    const parsed = parse(text.trim());
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  });

export const wholeNumber = (min: number, max: number, what: string) =>
  z.coerce
    .number({ error: `expected ${what}` })
    .int({ error: `expected ${what}` })
    .min(min, { error: `expected ${what}` })
    .max(max, { error: `expected ${what}` });

/** Each problem of a zod check of the environment, naming the variable and whether it was missing or wrong. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], env: Readonly<Record<string, string | undefined>>): string[] {
  return issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    const given = env[name]?.trim();
    return `${name} is ${given === undefined || given === '' ? 'missing' : 'not valid'}: ${issue.message}`;
  });
}
