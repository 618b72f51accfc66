import type { LeadInput } from '../../../src/lib/core/schema';
import { fellowLeadId, meetingCompany } from '../../../src/lib/core/fellow';
import { fellowWorkspace, type PageCall } from './page-call';

export interface LeadOptions {
	/** The rep's own company domains, never taken for the lead's. */
	ownDomains: readonly string[];
}

/** Maps what was read from a meeting page to a Lead; the company as the core names it. */
export function leadFromCall(call: PageCall, options: LeadOptions): LeadInput {
	return {
		...meetingCompany({
			title: call.title,
			attendeeDomains: call.attendeeDomains,
			ownDomains: options.ownDomains,
			workspace: fellowWorkspace(call.url)
		}),
		...(call.notes ? { call_notes: call.notes } : {}),
		...(call.eventGuid ? { lead_id: fellowLeadId(call.eventGuid) } : {})
	};
}
