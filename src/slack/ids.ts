/** Every Block Kit action, block and callback id, once. Snake case, prefixed by feature. */
export const ids = {
  home: {
    view: 'home_view',
  },

  // Roster, introductions and /mentor-admin (issue 3).
  admin: {},

  // Requests for help and time away (issue 4).
  request: {},
  away: {},

  // Contacts, check-in prompts and the pulse (issue 5).
  checkin: {},
  pulse: {},

  // Switching mentors (issue 8).
  switch: {},
} as const;
