/** A page shaped like a Fellow meeting note: title, attendee avatars, the notes editor. */
export interface MeetingFixture {
	title: string;
	/** Attendee addresses, shown as avatars with the address in `title` (as Fellow does). */
	attendees: string[];
	/** Paragraphs of the notes; none = an empty note. */
	notes: string[];
	/** In Fellow's editor (default), or as plain text under a "Summary" heading. */
	layout?: 'editor' | 'heading';
}

const escape = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function meetingPage({ title, attendees, notes, layout }: MeetingFixture): string {
	const paragraphs = notes.map((p) => `<p>${escape(p)}</p>`).join('\n');
	return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escape(title)} | Fellow</title>
<link rel="stylesheet" href="/fellow.css"></head>
<body>
<div id="app">
	<nav class="sidebar"><a href="/home">Home</a> <a href="/meetings/">Meetings</a></nav>
	<main>
		<header class="note-header">
			<h1 data-testid="meeting-title">${escape(title)}</h1>
			<ul class="attendee-list">
				${attendees.map((a) => `<li class="avatar" title="${escape(a)}">${escape(a[0]!.toUpperCase())}</li>`).join('')}
			</ul>
		</header>
		<div class="note-body">
			${
				layout === 'heading'
					? `<h2>Summary</h2>${paragraphs}`
					: `<div class="ProseMirror" contenteditable="true">${paragraphs}</div>`
			}
		</div>
	</main>
</div>
</body>
</html>`;
}

/**
 * Fellow-like styles, plus rules that would wreck the panel if it were not in a shadow root
 * (the test checks the panel still shows).
 */
export const FELLOW_CSS = `
body { margin: 0; font: 15px/1.5 Georgia, serif; color: #222; background: #fafafa; }
#app { display: flex; min-height: 100vh; }
.sidebar { width: 180px; padding: 20px; background: #1f1646; }
.sidebar a { display: block; color: #fff; margin-bottom: 8px; }
main { flex: 1; padding: 24px 360px 24px 40px; }
.attendee-list { display: flex; gap: 6px; padding: 0; list-style: none; }
.avatar { width: 28px; height: 28px; border-radius: 50%; background: #8b7cf6; color: #fff; text-align: center; line-height: 28px; }
.ProseMirror { background: #fff; border: 1px solid #e5e5e5; padding: 16px; border-radius: 8px; }
section, ul, li, button, strong { display: none !important; font-size: 40px !important; }
.attendee-list, .avatar { display: flex !important; font-size: 15px !important; }
`;
