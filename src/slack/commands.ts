/** The app's slash commands: the one list that listeners, help texts and the manifest test agree on. */
export const COMMANDS = ['/mentor-request', '/mentor-checkin', '/mentor-away', '/mentor-switch', '/mentor-goals', '/mentor-admin'] as const;

export type CommandName = (typeof COMMANDS)[number];
