/** Windows the view offers: hours and bucket size (at most 500 buckets). */
export const WINDOWS = {
	'1': { hours: 1, bucket: 5, label: 'last hour (5-minute buckets)' },
	'24': { hours: 24, bucket: 60, label: 'last 24 hours (hourly)' },
	'168': { hours: 168, bucket: 360, label: 'last 7 days (6-hourly)' }
} as const;
