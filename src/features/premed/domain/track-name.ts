/** The pre-med track's name in the roster's `track` column (the foundation's track declaration uses the same). */
export const PREMED = 'premed';
