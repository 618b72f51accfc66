import { dashboardApi } from '$lib/dashboard/client';
import { DASHBOARD_DATA } from './refresh';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch, depends }) => {
	depends(DASHBOARD_DATA);
	const api = dashboardApi(fetch);
	return {
		health: api.health(),
		models: api.models(),
		accuracy: api.accuracy(),
		cycles: api.cycles()
	};
};
