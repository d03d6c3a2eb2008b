/** Every Block Kit action, block and callback id, once. Snake case, prefixed by feature. */
export const ids = {
  home: {
    view: 'home_view',
  },
} as const;
