import type { Scored } from '../shared/messages';
import { priorityLabel, recommendationLabel } from '../shared/summary';
import { PANEL_CSS } from './panel-styles';

const MAX_REASONS = 4;

export type PanelState =
	| { kind: 'loading' }
	| { kind: 'scored'; scored: Scored; notesRead: boolean }
	| { kind: 'error'; message: string };

export interface PanelActions {
	onSend(): void;
	onCopy(): void;
}

const MAX_WORDS = 6;

/**
 * The notes' words that moved the learned wording score, marked green (raised) or red
 * (lowered), strongest first; hover shows the log-odds.
 */
function wordsView(result: Scored['result'], lead: Scored['lead']): HTMLElement[] {
	const seen = new Set<string>();
	const marks = (result.words ?? []).flatMap((w) => {
		// Spans index the field as scored: surrounding whitespace trimmed.
		const field = w.field === 'call_notes' ? lead.call_notes : lead.description;
		const text = typeof field === 'string' ? field.trim().slice(w.start, w.end) : undefined;
		if (!text || seen.has(text) || seen.size === MAX_WORDS) return [];
		seen.add(text);
		const mark = el('mark', { class: w.contribution > 0 ? 'up' : 'down' }, text);
		mark.title = `${w.contribution > 0 ? '+' : ''}${w.contribution.toFixed(2)} log-odds`;
		return [mark];
	});
	return marks.length
		? [el('div', { class: 'words', 'data-testid': 'words' }, 'Words: ', ...marks)]
		: [];
}

/** Tag, attributes and children; text is always set as text, never parsed as HTML. */
function el(
	tag: string,
	attrs: Record<string, string> = {},
	...children: (Node | string)[]
): HTMLElement {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

/**
 * The panel, in a shadow root attached to <html> (outside Fellow's app root, so Fellow's
 * re-renders do not remove it and its text is not read back as notes).
 */
export class Panel {
	readonly host = el('fellow-qualify-panel');
	private readonly root: HTMLElement;
	private readonly body = el('div', { class: 'body' });
	private readonly status = el('div', { class: 'status', 'data-testid': 'status' });

	constructor(private readonly actions: PanelActions) {
		const shadow = this.host.attachShadow({ mode: 'open' });
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(PANEL_CSS);
		shadow.adoptedStyleSheets = [sheet];
		const toggle = el('button', { title: 'Collapse', 'aria-label': 'Collapse panel' }, '–');
		this.root = el(
			'section',
			{ class: 'panel', 'aria-label': 'Fellow Qualify', 'data-state': 'loading' },
			el('header', {}, 'Fellow Qualify', toggle),
			this.body
		);
		toggle.addEventListener('click', () => this.root.classList.toggle('collapsed'));
		shadow.append(this.root);
	}

	show(): void {
		if (!this.host.isConnected) document.documentElement.append(this.host);
	}

	hide(): void {
		this.host.remove();
	}

	setStatus(text: string): void {
		this.status.textContent = text;
	}

	render(state: PanelState): void {
		this.root.dataset.state = state.kind;
		this.status.textContent = '';
		if (state.kind === 'loading') this.body.replaceChildren(el('div', {}, 'Scoring this call…'));
		else if (state.kind === 'error')
			this.body.replaceChildren(
				el('div', { class: 'warning' }, `Could not score: ${state.message}`)
			);
		else this.body.replaceChildren(...this.scoredView(state.scored, state.notesRead));
	}

	private scoredView(
		{ result, notesSource, notice, apiConfigured, lead }: Scored,
		notesRead: boolean
	) {
		const send = el('button', { 'data-testid': 'send' }, 'Send to API');
		if (!apiConfigured) {
			send.setAttribute('disabled', '');
			send.title = 'Set the API URL in the extension options';
		}
		send.addEventListener('click', () => this.actions.onSend());
		const copy = el('button', { 'data-testid': 'copy' }, 'Copy summary');
		copy.addEventListener('click', () => this.actions.onCopy());
		return [
			el(
				'div',
				{ class: 'score' },
				el('strong', { 'data-testid': 'score' }, String(result.qualification_score)),
				el('span', {}, `/100 · ${lead.company_name}`)
			),
			el(
				'div',
				{ class: 'chips' },
				el(
					'span',
					{ class: `chip ${result.recommendation}`, 'data-testid': 'recommendation' },
					recommendationLabel(result.recommendation)
				),
				el(
					'span',
					{ class: `chip ${result.priority}`, 'data-testid': 'priority' },
					priorityLabel(result.priority)
				),
				el(
					'span',
					{ class: 'chip', 'data-testid': 'voice-ai-fit' },
					`Voice AI fit ${result.voice_ai_fit}`
				)
			),
			...(notesRead
				? []
				: [
						el(
							'div',
							{ class: 'warning', 'data-testid': 'no-notes' },
							'Could not read notes on this page: scored on company data only.'
						)
					]),
			...(notice ? [el('div', { class: 'warning', 'data-testid': 'notice' }, notice)] : []),
			el(
				'ul',
				{ 'data-testid': 'reasons' },
				...result.reasoning.slice(0, MAX_REASONS).map((reason) => el('li', {}, reason))
			),
			...wordsView(result, lead),
			el(
				'div',
				{ class: 'meta' },
				'Model ',
				el('span', { 'data-testid': 'model-version' }, result.model_version),
				notesSource ? ` · notes: ${notesSource}` : ''
			),
			el('div', { class: 'actions' }, send, copy),
			this.status
		];
	}
}
