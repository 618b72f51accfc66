/** The few jStat distribution functions the lifecycle uses (jstat ships no type declarations). */
declare module 'jstat' {
	interface Continuous {
		cdf(x: number, ...params: number[]): number;
	}
	const jStat: {
		chisquare: Continuous;
		studentt: Continuous;
	};
	export default jStat;
}
