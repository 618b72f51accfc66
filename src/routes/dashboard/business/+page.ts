import { dashboardApi } from '$lib/dashboard/client';
import { DASHBOARD_DATA } from '../refresh';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch, depends }) => {
	depends(DASHBOARD_DATA);
	return { business: dashboardApi(fetch).business(26) };
};
