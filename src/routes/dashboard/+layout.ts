import { dashboardApi } from '$lib/dashboard/client';
import { DASHBOARD_DATA } from './refresh';
import type { LayoutLoad } from './$types';

// The dashboard reads the edge API from the browser: on the server the app worker cannot
// reach the API's paths (the API worker sits in front of it), so these pages render client-side.
export const ssr = false;

/** Whether demo data is loaded: every view says so, and offers to load it when empty. */
export const load: LayoutLoad = ({ fetch, depends }) => {
	depends(DASHBOARD_DATA);
	return { demo: dashboardApi(fetch).demo() };
};
