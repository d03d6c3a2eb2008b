export const dashboardIds = {
  homeButton: 'dashboard_home_link',
  homeBlock: 'dashboard_home',
  notice: 'dashboard_notice',
} as const;
