export {
	simulate,
	dayCalls,
	historyCalls,
	worldOfWeek,
	FIRST_DRIFTED_WEEK,
	type SimulationOptions,
	type SimulationHistory,
	type WeekResult
} from './simulate';
