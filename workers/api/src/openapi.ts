import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { DemoRemoval, DemoStatus } from '../../../src/lib/contracts/demo';
import { Health } from '../../../src/lib/contracts/health';
import { CycleLog, CycleRecord } from '../../../src/lib/contracts/cycles';
import {
	ModelInfo,
	ModelRegistry,
	ModelVersion,
	PointerSwitch,
	RollbackResult
} from '../../../src/lib/contracts/models';
import { BatchResponse, OutcomesStored, WebhookResponse } from '../../../src/lib/contracts/scoring';
import { ModelArtifact } from '../../../src/lib/core/scoring/artifact';
import { Lead, ScoreResult } from '../../../src/lib/core/schema';
import { LIMITS } from './limits';
import {
	AccuracyReport,
	BusinessReport,
	FeatureReport,
	RequestSeries,
	RequestStats,
	ScoreStats
} from '../../../src/lib/contracts/monitoring';
import { RunCycleRequest } from './routes/cycles';
import { RollbackRequest } from './routes/models';
import { OutcomeRecord } from './routes/outcomes';
import { BatchRequest } from './routes/score';

/**
 * JSON Schema of a valibot schema: what a client sends (input: before the schema's own
 * transforms) or what the API answers (output).
 */
const schema = (s: v.GenericSchema, typeMode: 'input' | 'output' = 'input') => {
	const json = toJsonSchema(s, { typeMode, errorMode: 'ignore' });
	delete json.$schema; // embedded in an OpenAPI 3.1 document
	return json;
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (s: object) => ({ content: { 'application/json': { schema: s } } });

const ErrorBody = {
	type: 'object',
	required: ['error', 'message'],
	properties: {
		error: { type: 'string', description: 'machine-readable code, e.g. validation_error' },
		field: { type: 'string', description: 'the input field at fault, when there is one' },
		message: { type: 'string' },
		issues: {
			type: 'array',
			items: {
				type: 'object',
				properties: {
					field: { type: 'string' },
					message: { type: 'string' },
					index: { type: 'integer' }
				}
			}
		}
	}
};
const errors = (...codes: number[]) =>
	Object.fromEntries(codes.map((code) => [code, { description: 'error', ...json(ref('Error')) }]));
const ok = (description: string, body: object = { type: 'object' }) => ({
	200: { description, ...json(body) }
});
const admin = [{ admin: [] }];
const apiKey = [{ apiKey: [] }, {}];

const weeks = { name: 'weeks', in: 'query', schema: { type: 'integer', default: 12 } };

const upload = {
	summary: 'Upload a model artifact (verified: format, SHA-256, feature spec); PUT or POST',
	security: admin,
	requestBody: { required: true, ...json({ type: 'object' }) },
	responses: {
		...ok('already registered', ref('ModelInfo')),
		201: { description: 'registered', ...json(ref('ModelInfo')) },
		...errors(401, 409, 413, 422)
	}
};

/**
 * Operations of the API; request and response bodies come from the same valibot schemas that
 * validate them (the core's Lead, Outcome, ScoreResult), so the document cannot drift from
 * the code. A test checks that every route of the app appears here and the reverse.
 */
export const PATHS: Record<string, Record<string, object>> = {
	'/health': {
		get: {
			summary: 'Status, serving model and its age, D1/R2 reachability',
			responses: {
				...ok('ready', ref('Health')),
				503: { description: 'degraded (same body)', ...json(ref('Health')) }
			}
		}
	},
	'/score': {
		post: {
			summary: 'Score one lead',
			security: apiKey,
			requestBody: { required: true, ...json(ref('Lead')) },
			responses: { ...ok('the score', ref('ScoreResult')), ...errors(400, 401, 413, 415, 503) }
		}
	},
	'/score/batch': {
		post: {
			summary: `Score up to ${LIMITS.batchLeads} leads; invalid rows are reported by index, the rest scored`,
			security: apiKey,
			requestBody: { required: true, ...json(ref('BatchRequest')) },
			responses: {
				...ok('results and per-row errors', ref('BatchResponse')),
				...errors(400, 401, 413, 415, 503)
			}
		}
	},
	'/outcomes': {
		post: {
			summary:
				'Store labelled outcomes (one, a list, or {outcomes}); idempotent per lead_id + outcome_id',
			security: admin,
			requestBody: {
				required: true,
				...json({
					oneOf: [
						ref('Outcome'),
						{ type: 'array', items: ref('Outcome') },
						{ type: 'object', properties: { outcomes: { type: 'array', items: ref('Outcome') } } }
					]
				})
			},
			responses: {
				...ok('stored', ref('OutcomesStored')),
				...errors(400, 401, 413, 415)
			}
		}
	},
	'/models': {
		get: {
			summary:
				'Registered versions, the serving pointers, the live trial’s rollout (mode, A/B share) and the pointer history',
			security: apiKey,
			responses: { ...ok('registry', ref('ModelRegistry')), ...errors(401) }
		},
		put: upload,
		post: upload
	},
	'/models/current': {
		get: {
			summary: 'The serving artifact (ETag = its SHA-256; If-None-Match → 304)',
			responses: {
				...ok('artifact', ref('ModelArtifact')),
				304: { description: 'not modified' },
				...errors(404)
			}
		}
	},
	'/models/rollback': {
		post: {
			summary:
				'Serve the champion before the current one, or the named {version}; verified first, ends any trial, recorded in the history with who and why',
			security: admin,
			requestBody: { required: false, ...json(ref('RollbackRequest')) },
			responses: { ...ok('switched', ref('RollbackResult')), ...errors(400, 401, 404, 409, 422) }
		}
	},
	'/models/{version}': {
		get: {
			summary: 'One version: hash, R2 key, thresholds, holdout metrics',
			parameters: [{ name: 'version', in: 'path', required: true, schema: { type: 'string' } }],
			responses: { ...ok('version', ref('ModelVersion')), ...errors(400, 404) }
		}
	},
	'/models/{version}/artifact': {
		get: {
			summary: "A version's artifact (immutable)",
			parameters: [{ name: 'version', in: 'path', required: true, schema: { type: 'string' } }],
			responses: {
				...ok('artifact', ref('ModelArtifact')),
				304: { description: 'not modified' },
				...errors(400, 404)
			}
		}
	},
	'/models/{version}/promote': {
		post: {
			summary: 'Verify and serve this version (atomic switch; isolates pick it up within seconds)',
			security: admin,
			parameters: [{ name: 'version', in: 'path', required: true, schema: { type: 'string' } }],
			responses: { ...ok('switched', ref('PointerSwitch')), ...errors(400, 401, 404, 409) }
		}
	},
	'/webhooks/fellow': {
		post: {
			summary:
				'Fellow ai_note.generated (Svix-signed) → Lead → score → store; answers url_verification',
			requestBody: { required: true, ...json({ type: 'object' }) },
			responses: {
				...ok('the score, or why the event was not scored', ref('WebhookResponse')),
				202: { description: 'another event type, ignored', ...json(ref('WebhookResponse')) },
				...errors(400, 401, 403, 415)
			}
		}
	},
	'/monitoring/requests': {
		get: {
			summary: 'Requests, error rates and latency percentiles per endpoint and model version',
			security: apiKey,
			parameters: [{ name: 'hours', in: 'query', schema: { type: 'number', default: 24 } }],
			responses: ok('per endpoint', ref('RequestStats'))
		}
	},
	'/monitoring/scores': {
		get: {
			summary: 'Score distributions and recommendation counts per model version',
			security: apiKey,
			parameters: [{ name: 'hours', in: 'query', schema: { type: 'number', default: 24 } }],
			responses: ok('per version', ref('ScoreStats'))
		}
	},
	'/monitoring/requests/series': {
		get: {
			summary: 'Requests, error rate and p50/p95/p99 latency per endpoint and time bucket',
			security: apiKey,
			parameters: [
				{ name: 'hours', in: 'query', schema: { type: 'number', default: 24 } },
				{ name: 'bucket_minutes', in: 'query', schema: { type: 'integer', default: 60 } }
			],
			responses: { ...ok('per endpoint, per bucket', ref('RequestSeries')), ...errors(400) }
		}
	},
	'/monitoring/accuracy': {
		get: {
			summary:
				'Accuracy, precision, recall and ROC AUC of served predictions on outcomes, per week and version, and rolling',
			security: apiKey,
			parameters: [weeks],
			responses: { ...ok('weekly and rolling', ref('AccuracyReport')), ...errors(400) }
		}
	},
	'/monitoring/business': {
		get: {
			summary: 'AE handoffs recommended and accepted, unqualified handoffs avoided, per call week',
			security: apiKey,
			parameters: [weeks],
			responses: { ...ok('per week', ref('BusinessReport')), ...errors(400) }
		}
	},
	'/monitoring/features': {
		get: {
			summary:
				'Gain importance per version; training vs recent distribution and drift per feature; Voice AI signal share per week',
			security: apiKey,
			parameters: [weeks],
			responses: { ...ok('features', ref('FeatureReport')), ...errors(400) }
		}
	},
	'/cycles': {
		get: {
			summary: 'The last 50 learning cycles, newest first, and a summary of older ones',
			responses: ok('cycle records', ref('CycleLog'))
		}
	},
	'/cycles/run': {
		post: {
			summary:
				"Run a learning cycle now (the cron's code path): monitor, drift, decide, train, compare, promote or keep; answers the cycle record",
			security: admin,
			requestBody: { required: false, ...json(ref('RunCycleRequest')) },
			responses: {
				...ok('the cycle record (status failed included)', ref('CycleRecord')),
				...errors(400, 401, 409)
			}
		}
	},
	'/cycles/{id}': {
		get: {
			summary:
				'One kept cycle record: data sizes, monitor, drift report, evaluation, decision, versions',
			parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
			responses: { ...ok('cycle record', ref('CycleRecord')), ...errors(400, 404) }
		}
	},
	'/demo': {
		get: {
			summary:
				'Whether a demo history is loaded (npm run seed:history or the dashboard), and what it added',
			security: apiKey,
			responses: { ...ok('demo status', ref('DemoStatus')), ...errors(401) }
		},
		post: {
			summary:
				'Start loading a demo history: its replay (requests with x-qualify-demo: 1, lead ids qualify-demo-…) is then removable',
			security: admin,
			responses: {
				201: { description: 'load window opened', ...json({ type: 'object' }) },
				...errors(401, 409)
			}
		},
		delete: {
			summary:
				'Remove the demo history: its leads, outcomes, requests, cycles and models; the pointers before it when a demo model serves',
			security: admin,
			responses: { ...ok('what was removed', ref('DemoRemoval')), ...errors(401, 404) }
		}
	},
	'/demo/finish': {
		post: {
			summary: 'Close the demo load window (the seeder calls it when its replay is done)',
			security: admin,
			responses: { ...ok('load window closed'), ...errors(401, 404) }
		}
	},
	'/openapi.json': { get: { summary: 'This document', responses: ok('OpenAPI 3.1') } },
	'/docs': {
		get: { summary: 'Interactive API reference', responses: { 200: { description: 'HTML page' } } }
	}
};

/**
 * The response bodies documented by name (`#/components/schemas/<name>`): the schemas the
 * handlers type their answers with, so the document and a test can check the code against them.
 */
export const RESPONSES: Record<string, v.GenericSchema> = {
	Health,
	ScoreResult,
	BatchResponse,
	OutcomesStored,
	WebhookResponse,
	ModelInfo,
	ModelVersion,
	ModelArtifact,
	PointerSwitch,
	RollbackResult,
	RequestStats,
	ScoreStats,
	CycleLog,
	CycleRecord,
	AccuracyReport,
	BusinessReport,
	RequestSeries,
	FeatureReport,
	DemoStatus,
	ModelRegistry,
	DemoRemoval
};

export function openApiDocument(): object {
	return {
		openapi: '3.1.0',
		info: {
			title: 'Fellow Qualify edge API',
			version: '1',
			description: `Lead scoring at the edge. Errors are JSON {error, field?, message}. Limits: body ${LIMITS.bodyBytes} bytes (batches ${LIMITS.batchBodyBytes}, artifacts ${LIMITS.artifactBytes}), JSON depth ${LIMITS.jsonDepth}, ${LIMITS.batchLeads} leads per batch, ${LIMITS.textChars} characters per text field.`
		},
		paths: PATHS,
		components: {
			schemas: {
				Lead: schema(Lead),
				BatchRequest: {
					...schema(BatchRequest),
					properties: {
						...schema(BatchRequest).properties,
						leads: { type: 'array', maxItems: LIMITS.batchLeads, items: ref('Lead') }
					}
				},
				Outcome: schema(OutcomeRecord),
				RollbackRequest: schema(RollbackRequest),
				RunCycleRequest: schema(RunCycleRequest),
				...Object.fromEntries(
					Object.entries(RESPONSES).map(([name, s]) => [name, schema(s, 'output')])
				),
				Error: ErrorBody
			},
			securitySchemes: {
				admin: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN' },
				apiKey: { type: 'http', scheme: 'bearer', description: 'API_KEY, when configured' }
			}
		}
	};
}
