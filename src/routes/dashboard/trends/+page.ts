import { dashboardApi } from '$lib/dashboard/client';
import { DASHBOARD_DATA } from '../refresh';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch, depends }) => {
	depends(DASHBOARD_DATA);
	const api = dashboardApi(fetch);
	return { accuracy: api.accuracy(26), cycles: api.cycles(), models: api.models() };
};
