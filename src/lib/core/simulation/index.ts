export {
	simulate,
	arrivedOutcomes,
	dayCalls,
	historyCalls,
	SIMULATION_START,
	worldOfWeek,
	FIRST_DRIFTED_WEEK,
	type SimulationOptions,
	type SimulationHistory,
	type WeekResult,
	type ArrivedOutcome
} from './simulate';
