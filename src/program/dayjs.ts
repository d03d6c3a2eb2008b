/**
 * dayjs with its `utc` plugin, extended once here; the date files import dayjs from this module so every caller sees
 * the same plugins. Extending is dayjs's own registration step, the one import-time effect this module has.
 * Calendar dates are counted in UTC mode, so the machine's zone never shifts them. The `timezone` plugin is not
 * extended: zoned times stay on Intl (see zoned-time.ts), as `.tz()` is ~100× slower than a cached Intl formatter,
 * reads wall times through the machine's zone (wrong inside the machine's own DST gap), and `dayjs.tz(text, zone)`
 * reads the clock to choose between the two readings of a fall-back hour.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);

export default dayjs;
export type { Dayjs } from 'dayjs';
