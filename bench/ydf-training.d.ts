// ydf-training ships no types: an Emscripten module factory taking Module options.
declare module 'ydf-training' {
	const factory: (options?: object) => Promise<unknown>;
	export default factory;
}
