import type { LeadInput, ScoreResult } from '../../../src/lib/core/schema';
import type { PageCall } from './page-call';

/** Content script and options page → service worker. */
export type Request =
	| { type: 'score'; call: PageCall }
	| { type: 'send'; lead: LeadInput }
	| { type: 'sync' }
	| { type: 'status' };

export interface Scored {
	ok: true;
	result: ScoreResult;
	/** The lead that was scored (what "Send to API" posts and the summary describes). */
	lead: LeadInput;
	/** Where the notes came from: a page strategy, or Fellow's API. */
	notesSource?: string;
	/** Something the rep should know (e.g. Fellow's API failed and the page was used). */
	notice?: string;
	apiConfigured: boolean;
}

export interface Sent {
	ok: true;
	/** The score the edge API returned for the lead. */
	result: ScoreResult;
}

export interface ModelStatus {
	ok: true;
	modelVersion: string;
	modelSource: 'bundled' | 'synced';
	lastSync?: { at: string; outcome: string };
}

export interface Failed {
	ok: false;
	error: string;
}

export type Reply<T> = T | Failed;
