import * as v from 'valibot';
import { CycleLog, CycleRecord } from '../../../../src/lib/contracts/cycles';
import {
	DemoFinished,
	DemoRemoval,
	DemoStarted,
	DemoStatus
} from '../../../../src/lib/contracts/demo';
import { ErrorBody } from '../../../../src/lib/contracts/errors';
import { Health } from '../../../../src/lib/contracts/health';
import {
	ModelInfo,
	ModelRegistry,
	ModelVersion,
	PointerSwitch,
	RollbackResult
} from '../../../../src/lib/contracts/models';
import {
	AccuracyReport,
	BusinessReport,
	FeatureReport,
	RequestSeries,
	RequestStats,
	ScoreStats
} from '../../../../src/lib/contracts/monitoring';
import {
	BatchRequest,
	OutcomesRequest,
	RollbackRequest,
	RunCycleRequest
} from '../../../../src/lib/contracts/requests';
import {
	BatchResponse,
	OutcomesStored,
	WebhookResponse
} from '../../../../src/lib/contracts/scoring';
import { ModelArtifact } from '../../../../src/lib/core/scoring/artifact';
import { Lead, ScoreResult } from '../../../../src/lib/core/schema';
import { FellowEvent } from '../fellow-lead';

/** Request bodies, documented by name as clients send them (before the schemas' transforms). */
export const REQUESTS = {
	Lead,
	BatchRequest,
	OutcomesRequest,
	RollbackRequest,
	RunCycleRequest,
	FellowEvent,
	/** The artifact format is checked in full on upload (format, SHA-256, feature spec). */
	ArtifactUpload: ModelArtifact
} satisfies Record<string, v.GenericSchema>;

/** An OpenAPI 3.1 document, as far as a client relies on it. */
const OpenApiDocument = v.looseObject({
	openapi: v.string(),
	info: v.looseObject({ title: v.string(), version: v.string() }),
	paths: v.record(v.string(), v.record(v.string(), v.unknown())),
	components: v.looseObject({ schemas: v.record(v.string(), v.unknown()) })
});

/**
 * Response bodies, documented by name: the schemas the handlers type their answers with and
 * the dashboard, the app and the extension parse with. The contract test parses every
 * documented answer with the schema its `$ref` names here.
 */
export const RESPONSES = {
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
	ModelRegistry,
	RequestStats,
	ScoreStats,
	RequestSeries,
	AccuracyReport,
	BusinessReport,
	FeatureReport,
	CycleLog,
	CycleRecord,
	DemoStatus,
	DemoStarted,
	DemoFinished,
	DemoRemoval,
	OpenApiDocument,
	Error: ErrorBody
} satisfies Record<string, v.GenericSchema>;

export type RequestName = keyof typeof REQUESTS;
export type ResponseName = keyof typeof RESPONSES;
