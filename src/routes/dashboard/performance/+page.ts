import { dashboardApi } from '$lib/dashboard/client';
import { DASHBOARD_DATA } from '../refresh';
import type { PageLoad } from './$types';
import { WINDOWS } from './windows';

export const load: PageLoad = ({ fetch, depends, url }) => {
	depends(DASHBOARD_DATA);
	const key = (url.searchParams.get('window') ?? '24') as keyof typeof WINDOWS;
	const window = WINDOWS[key] ?? WINDOWS['24'];
	return {
		window: key in WINDOWS ? key : '24',
		series: dashboardApi(fetch).requests(window.hours, window.bucket)
	};
};
