export {
	generateCalls,
	bayesReport,
	sidecar,
	GENERATOR_VERSION,
	type GenerateOptions,
	type WorldShift,
	type GeneratedCall,
	type Truth,
	type TargetReport
} from './generate';
