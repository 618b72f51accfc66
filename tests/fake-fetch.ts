/** A fetch that records its calls and answers with the given responses in turn (client unit tests). */
export function fakeFetch(...responses: Response[]) {
	const calls: { url: string; init: RequestInit }[] = [];
	const fn = (async (url: string, init: RequestInit) => {
		calls.push({ url, init });
		return responses.shift()!;
	}) as unknown as typeof fetch;
	return { fn, calls };
}

/** A request header as sent. */
export const header = (init: RequestInit, name: string) => new Headers(init.headers).get(name);
