import { zonedInstant } from './zoned-time.js';

/** Which records an export covers: the program months `--from` to `--to`, both included. */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for `YYYY-MM` with a real month. */
export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The instants [from, to) that the months cover as the program's clock (`zone`) reads them; an end left out is open. */
export function monthsRange(fromMonth: string | undefined, toMonth: string | undefined, zone: string): { readonly from: Date | undefined; readonly to: Date | undefined } {
  return {
    from: fromMonth === undefined ? undefined : zonedInstant(`${fromMonth}-01`, 0, 0, zone),
    to: toMonth === undefined ? undefined : zonedInstant(`${nextMonth(toMonth)}-01`, 0, 0, zone),
  };
}
