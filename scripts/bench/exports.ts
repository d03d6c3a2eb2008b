/**
 * `npm run bench -- exports`: each kind of export over the seeded semester (2026-08 to 2026-12), as `npm run export`
 * builds it (reads, rows and CSV), beside a bare scan of the collections that kind reads.
 */
import type { Connection } from 'mongoose';
import { contactModel } from '../../src/program/store/contact.model.js';
import { requestModel } from '../../src/program/store/request.model.js';
import { groupModel, membershipModel, personModel } from '../../src/program/store/roster.model.js';
import { switchModel } from '../../src/program/store/switch.model.js';
import { alternate, bareScanOf, fmt, machineLine, mb, median, runsOf, type BenchDatabase, type BenchOptions } from './common.js';
import { createOfflineApp } from './offline-app.js';
import { seededLine, seedProgram } from './seed.js';

const size = (bytes: number) => (bytes < 1_048_576 ? `${fmt(bytes / 1_024)} kB` : mb(bytes));

const MONTHS = { from: '2026-08', to: '2026-12' } as const;

/** What each kind reads, in full. */
const READS: Readonly<Record<string, { readonly names: string; readonly models: readonly ((c: Connection) => unknown)[] }>> = {
  contacts: { names: 'contacts, people', models: [contactModel, personModel] },
  requests: { names: 'requests, people', models: [requestModel, personModel] },
  compliance: { names: 'memberships, groups, contacts, people', models: [membershipModel, groupModel, contactModel, personModel] },
  switches: { names: 'switch requests, groups, people', models: [switchModel, groupModel, personModel] },
};

export async function benchExports(bench: BenchDatabase, options: BenchOptions): Promise<string[]> {
  const { connection } = bench.database;
  const seeded = await seedProgram(connection, options);
  const { features } = createOfflineApp(bench);
  const lines = [await machineLine('exports', connection), seededLine(seeded, fmt), `  months ${MONTHS.from} to ${MONTHS.to}, --now ${options.now.toISOString()}`];
  let met = true;
  for (const kind of features.exports.useCases.exportKinds()) {
    const reads = READS[kind];
    if (reads === undefined) throw new Error(`the exports benchmark does not know what “${kind}” reads`);
    const build = async () => {
      const outcome = await features.exports.useCases.buildExport('cli:test', { kind, ...MONTHS }, options.now);
      if (!outcome.ok) throw new Error(`the ${kind} export failed: ${outcome.problem.code}`);
      return outcome.file;
    };
    const times = await alternate(options.runs, { scan: bareScanOf(connection, reads.models), export: build });
    const file = await build();
    const ratio = median(times['export']!) / median(times['scan']!);
    met &&= ratio <= 3;
    lines.push(
      `  ${kind}: ${fmt(file.rows)} rows, ${size(Buffer.byteLength(file.csv))} of CSV`,
      `    bare scan of ${reads.names}: ${fmt(median(times['scan']!))} ms  ${runsOf(times['scan']!)}`,
      `    the export: ${fmt(median(times['export']!))} ms  ${runsOf(times['export']!)} = ${ratio.toFixed(2)} × the bare scan`,
    );
  }
  lines.push(`  goal (each within 3 × the bare scan): ${met ? 'met' : 'NOT met'}`);
  return lines;
}
