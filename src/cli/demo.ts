import { parseArgs } from 'node:util';
import { playDemo } from '../demo/run-demo.js';

const { values } = parseArgs({ options: { until: { type: 'string' }, 'no-serve': { type: 'boolean', default: false }, port: { type: 'string', default: '3000' } } });
const say = (line: string) => process.stdout.write(`${line}\n`);
const started = Date.now();
const demo = await playDemo({ mongoUri: process.env['MONGODB_URI'], until: values.until, port: Number(values.port), say });
say(JSON.stringify(demo.summary, null, 1));
say(`played in ${Math.round((Date.now() - started) / 1000)} s`);
await demo.stop();
