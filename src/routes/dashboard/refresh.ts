/** Dependency key of every dashboard load; invalidating it refreshes the open view's data. */
export const DASHBOARD_DATA = 'dashboard:data';
/** Auto-refresh period. */
export const REFRESH_MS = 30_000;
