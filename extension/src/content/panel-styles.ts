// Lives in the panel's shadow root as a constructed stylesheet: Fellow's CSS cannot reach in,
// these rules cannot leak out, and no inline <style> has to pass the page's CSP.
export const PANEL_CSS = `
:host { all: initial; }
.panel {
	position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; width: 300px;
	font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1d1d1f;
	background: #fff; border: 1px solid #d9d9e3; border-radius: 10px;
	box-shadow: 0 6px 24px rgba(0, 0, 0, 0.14); overflow: hidden;
}
header { display: flex; align-items: center; justify-content: space-between;
	padding: 8px 12px; background: #4a3aff; color: #fff; font-weight: 600; }
header button { all: unset; cursor: pointer; padding: 0 4px; font-size: 16px; }
.body { padding: 10px 12px 12px; }
.panel.collapsed .body { display: none; }
.score { display: flex; align-items: baseline; gap: 6px; }
.score strong { font-size: 32px; line-height: 1; }
.words { font-size: 12px; margin: 4px 0 8px; }
.words mark { border-radius: 3px; padding: 0 3px; margin-right: 4px; }
.words mark.up { background: #bbf7d0; }
.words mark.down { background: #fecaca; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; margin: 8px 0; }
.chip { padding: 2px 8px; border-radius: 999px; background: #eef; font-size: 12px; }
.chip.AE_HANDOFF, .chip.HIGH_VOICE_AI, .chip.HIGH { background: #dcfce7; }
.chip.NURTURE, .chip.MEDIUM { background: #fef9c3; }
.chip.DISQUALIFY, .chip.LOW { background: #fee2e2; }
ul { margin: 6px 0; padding-left: 18px; }
li { margin: 2px 0; }
.warning { margin: 6px 0; padding: 6px 8px; border-radius: 6px; background: #fff7ed; color: #9a3412; }
.meta { color: #6b7280; font-size: 11px; margin-top: 6px; }
.actions { display: flex; gap: 6px; margin-top: 8px; }
.actions button { flex: 1; padding: 5px 8px; border: 1px solid #c7c7d1; border-radius: 6px;
	background: #f7f7fb; font: inherit; cursor: pointer; }
.actions button:disabled { cursor: not-allowed; opacity: 0.5; }
.status { min-height: 1em; margin-top: 6px; font-size: 12px; color: #374151; }
`;
