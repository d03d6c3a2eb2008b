/** The audit trail's words. */
export const auditCopy = {
  exportLabel: 'Audit trail (who exported, decided on or was shown switch requests, and when)',
} as const;
