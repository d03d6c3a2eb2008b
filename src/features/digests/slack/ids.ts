/** The digests' Block Kit ids, once. Snake case; the Home section's keep their `home_` prefix. */
export const digestsIds = {
  homeAdminActions: 'home_admin_actions',
} as const;
