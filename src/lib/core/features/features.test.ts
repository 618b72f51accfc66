import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { Lead } from '../schema';
import { generateCalls } from '../synth';
import { extractFeatureMatrix, extractFeatures } from './extract';
import { SAMPLE_LEADS } from './samples';
import {
	FEATURE_INDEX,
	FEATURE_NAMES,
	FEATURE_SPEC,
	INDUSTRY_CLASSES,
	type FeatureName
} from './spec';
import { VOICE_AI, VOICE_CATEGORIES, voiceAiSignals } from './voice';

const lead = (fields: Partial<Lead>): Lead => v.parse(Lead, { company_name: 'Test Co', ...fields });
const value = (l: Lead, name: FeatureName) => extractFeatures(l)[FEATURE_INDEX[name]]!;

describe('feature spec', () => {
	it('has ≥35 uniquely named, described features: ≥18 company and ≥17 call', () => {
		expect(FEATURE_SPEC.length).toBeGreaterThanOrEqual(35);
		expect(FEATURE_SPEC.filter((f) => f.group === 'company').length).toBeGreaterThanOrEqual(18);
		expect(FEATURE_SPEC.filter((f) => f.group === 'call').length).toBeGreaterThanOrEqual(17);
		expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_NAMES.length);
		for (const f of FEATURE_SPEC) {
			expect(f.name).toMatch(/^[a-z][a-z0-9_]*$/);
			expect(f.description.length).toBeGreaterThan(10);
			if (f.type === 'categorical') expect(f.categories!.length).toBeGreaterThan(1);
		}
	});
});

describe('Voice AI signals', () => {
	it('covers every category of the label definition with ≥ 14 patterns in all', () => {
		expect(VOICE_CATEGORIES).toEqual([
			'agents',
			'receptionist',
			'analytics',
			'stt',
			'tts',
			'translation',
			'assistant',
			'spoken',
			'infrastructure'
		]);
		expect(Object.values(VOICE_AI).flat().length).toBeGreaterThanOrEqual(14);
	});

	it.each([
		['We want to replace our IVR with a voice agent.', 1, 0],
		['Building a voice bot with speech-to-text, TTS and SIP trunking.', 3, 0],
		['Not looking at voice AI right now.', 0, 1],
		['No plans for a voice agent this year.', 0, 1],
		['Voice agents are not a priority for them.', 0, 1],
		["We don't need an IVR, we want real-time transcription.", 1, 0],
		['Offices in Seattle and Watts; they hired Ivry Stttler.', 0, 0],
		['VOICE-AI and Voice Bots!', 2, 0],
		// Distractors: brand voice, voice of the customer, voicemail, VoIP, a text chatbot.
		['They care about brand voice and run voice of the customer surveys.', 0, 0],
		['Voicemail drops over VoIP; we use a chatbot on the website.', 0, 0],
		// Variants and abbreviations people write.
		['Wants an AI receptionist + STT for dictation; ASR accuracy matters.', 4, 0],
		['drive-thru ordering AI for 40 stores', 1, 0],
		['Not only records calls but transcribes them.', 2, 0],
		// Recording calls for people to listen to is not speech AI; a product that records is.
		['We record our sales calls, mostly for coaching.', 0, 0],
		['Records your meetings and writes the notes for you.', 2, 0],
		// "read" hedges as "read about …", not in a product that reads text aloud.
		['Read aloud reader with premium AI voices.', 2, 0],
		['They read about voice agents in a blog post.', 0, 0],
		['Turns voice notes into structured, actionable content.', 1, 0],
		// Product descriptions without the usual words.
		['Transcriptions, summary and more for meetings.', 1, 0],
		['AI note-taking for online meetings, phone calls, and in-person conversations', 1, 0],
		['Offline Android voice input keyboard.', 1, 0],
		['Talk with ChatGPT using your voice and listen to answers.', 1, 0],
		['Dictates into Windows apps, runs on CPU only.', 1, 0],
		['Android keyboard powered by Whisper, fully offline.', 1, 0],
		['YouTube subtitle generation.', 1, 0],
		['Records audio from any application.', 0, 0],
		['Generate captions for your product images.', 0, 0],
		// "not need" denies what follows as well as what precedes it.
		['We do not need a voice agent.', 0, 1],
		['Voice agents are not a need for them.', 0, 1],
		// A project described only by what it does.
		['He wants the phones to pick themselves up and book the bay slot.', 1, 0],
		['The line should just answer itself and read the order back.', 1, 0],
		// "zero-shot" is no negation; a text agent that answers questions is no voice agent.
		["An open source implementation of Microsoft's VALL-E X zero-shot TTS model.", 1, 0],
		['Deploys AI agents that answer customer questions from business data.', 0, 0],
		['An AI agent that answers the phone.', 1, 0],
		['Real-Time High-Fidelity Video Dubbing.', 1, 0],
		['A JavaScript SDK for integrating voice pipelines into web applications.', 1, 0],
		['Lifelike Audio-Driven Portrait Animations.', 1, 0],
		['Send a phone call from AI agent, in an API call.', 1, 0],
		// A quoted question is what callers ask: the clause before it states a need.
		['Wants "an AI that sits on the line", answers "is my car ready?" from the RO.', 1, 0],
		["asked 'ai could answer the phone?' - he said lol no", 0, 0],
		['a daily phone check-in for independent-living residents that chats for a minute', 1, 0],
		// A thirteenth writer's Voice AI, told by what it does; a voice chat SDK is not one.
		['Wants smth that picks up, understands what the pt needs and books it.', 1, 0],
		['They want the line to look up the Rx and read the status back to the caller.', 1, 0],
		["Wants something that answers when the team's busy and books the routine stuff.", 1, 0],
		['He wants a bot that phones the lead within a minute, asks the basics.', 1, 0],
		['We looked at their bot that calls customers with overdue payments.', 1, 0],
		['It takes the order conversationally, upsells even.', 1, 0],
		['Want the phone line answered automatically: book, reschedule, cancel.', 1, 0],
		['Candidate interviews over the phone with a conversational AI interviewer.', 1, 0],
		['Idee: ein Telefonassistent nimmt Rezeptwünsche automatisch an.', 1, 0],
		['We were hoping they had a voice chat SDK for in-game party chat.', 0, 0],
		['AI Notes · Kairo Exchange discovery', 0, 0],
		// A note-taker's keywords list what came up, as a products list does.
		['Keywords\ncompliance recording, retention, conversation intelligence', 0, 0],
		['Topics: 2FA, data residency, conversation intelligence', 0, 0],
		['Betriebsrat said nein to anything AI answering or listening to calls.', 0, 1],
		['Something listening live to the call, surfacing the right answer.', 1, 0],
		['Phone rings -> the system answers in FR, takes the booking.', 1, 0],
		['The system answers in seconds with the order status by email.', 0, 0],
		['Outbound calls where the system itself talks to the debtor.', 1, 0],
		['All calls on the complaints line written out automatically and analysed.', 1, 0],
		['Picked up by something that can actually have a conversation w/ the pet owner.', 1, 0],
		["They want callers to just say in their own words 'I need to change my flight'.", 1, 0],
		['We want the chat assistant to answer in their own words.', 0, 0],
		// Not yet ("on the way"), text only, or "we'd need": no Voice AI project today.
		['Cloud contact center with AI-powered agent assist on the way.', 0, 0],
		["It's early. Agent assist today is text-based.", 0, 1],
		["For voice we'd need transcription and we haven't decided.", 0, 0],
		// …while "we'd like" is a want, and AI that separates speech is speech AI.
		["We'd like a voice agent on the after-hours line.", 1, 0],
		['Hearing aids use on-device AI to separate speech from background noise.', 1, 0],
		// The rep sending material about the product is the seller's voice.
		['- [ ] Pete: send a short voice-agent overview Ingrid can forward to the CEO', 0, 0],
		// Voice agents described by what they do, in words no phrase list had.
		['After hours the calls are handled by something that understands residents.', 1, 0],
		['Wunsch: phone should pick up automatically nach 18 Uhr.', 1, 0],
		['Caller gives DOB + postcode, system reads out the prescription status.', 1, 0],
		['Their last vendor had ~1.4s turn latency.', 1, 0],
		['Matteo wants callers to be able to say what they need.', 1, 0],
		// …and in the languages bilingual reps mix in; a pitch in Spanish is still the rep's.
		['querem transcrever todas as ligações', 1, 0],
		['intérêt: dictée vocale, reconnaissance vocale', 2, 0],
		['Le mostré el agente de voz para pedidos: "no, gracias".', 0, 0],
		// "No project to", "explicitly out", a past trial and a possible upsell: no project.
		['No project to put AI on the calls.', 0, 1],
		['Speech analytics / AI: explicitly out.', 0, 2],
		['She tried an "AI caller" last year and got complaints.', 0, 0],
		['Possible upsell later (voice agent for after-hours).', 0, 0],
		// Sound effects are audio, not speech; human-powered transcription is a human service.
		['A sound effect model for text-to-audio and video-to-audio generation.', 0, 0],
		['Human-powered transcription services with an API.', 0, 0],
		// Voice control, screen readers, meeting transcribers and books read aloud, in publishers'
		// words; transcribers alone are people.
		['With VoiceMacro you can use your voice to perform various tasks on your PC.', 1, 0],
		['VS Code extension for navigating and manipulating the file tree by voice.', 1, 0],
		["JAWS is the world's most popular screen reader.", 1, 0],
		['Open-source meeting transcriber and summarizer.', 1, 0],
		['Turns your meetings into notes, summaries and action items automatically.', 1, 0],
		['Application for converting normal books to audio books.', 1, 0],
		['Typed and proofread by trained UK transcribers.', 0, 0],
		// Said only by what it does, in shorthand, a handover or a dictated debrief.
		['WANT: phone answers itself after hrs, books straight into their PMS', 1, 0],
		['ASK: every call -> text, auto-checked vs their checklist', 1, 0],
		['Every single call gets, like, written down and checked.', 1, 0],
		['He wants the night line handled by something that talks with the caller.', 1, 0],
		['We want patients to be able to ring, say what they need, and get booked.', 1, 0],
		['Pip understands them and answers out loud.', 1, 0],
		['Their interviewer that phones candidates asks the screening questions.', 1, 0],
		['she wants the a eye agent to take all that down on the call', 1, 0],
		// "Wants our speech-to-text" is the prospect's want, not the seller's pitch.
		['Wants our speech-to-text pricing at volume.', 1, 0],
		["Voice AI is not in anyone's plan this year.", 0, 1],
		// A "but" that denies reaches back across the comma; one that does not still ends the clause.
		['Liked the voice AI demo a lot, but told me it\'s "not in anyone\'s plan this year".', 0, 1],
		['Liked the voice AI demo, but the price is too high.', 1, 0],
		// A transcript is Voice AI's output, unless it is the call's or the chat's own record.
		['Edit the transcript to cut audio.', 1, 0],
		['Transcript excerpt - Greenleaf / Lumera', 0, 0],
		['Hand off to a Zendesk agent with the chat transcript.', 0, 0],
		['Hand off to Zendesk agent with transcript; keep their tone-of-voice rules.', 0, 0],
		// A want denied at the end of its clause; one that goes on is not a denial.
		["Their GC said transcripts create a discoverable text record they don't want.", 0, 1],
		["A voice agent that answers the calls they don't want to take.", 1, 0],
		// Voice AI by what it does, in a ninth writer's words.
		['Kevin wants a virtual agent to take the overflow calls.', 1, 0],
		['Wants a virtual concierge on the phone line.', 1, 0],
		['A synthetic agent verifies identity and reads out the balance.', 1, 0],
		['Caller says "I lost my card" in plain English.', 1, 0],
		['Something answers, takes the order the way a person would.', 2, 0],
		['Janelle wants those calls turned into searchable notes.', 1, 0],
		['Wants the bot to pick up and ring back missed callers.', 1, 0],
		["We've had a bot calling our early-stage utility accounts since January.", 1, 0],
		['Omnimodal talking-avatar API (image + text + audio in one pass).', 1, 0],
		// A tenth writer's.
		['They want the phone line to take refill requests on its own.', 1, 0],
		["Want to add a virtual receptionist SKU that's software not people.", 1, 0],
		['Wants after-hours callers to be able to just talk and get an answer.', 1, 0],
		['A computer voice calls, confirms or reschedules.', 1, 0],
		['She wants something listening on the call that writes the SOAP note.', 1, 0],
		['Owner wants an AI that cold calls homeowners after hail storms.', 1, 0],
		['White-label IVA to resell to their biz custs.', 1, 0],
		['English-speaking agent talks, caller hears Japanese, and vice versa.', 1, 0],
		['Luis wants a computer to make those calls.', 1, 0],
		['System reads the med name and pickup time back to them.', 1, 0],
		// An eleventh writer's.
		['She wants clinicians to speak and have the text land in the EPR as a draft.', 1, 0],
		['He wants every sales call listened to and scored against their process.', 1, 0],
		['Software that goes through every complaint call and flags the reportable ones.', 1, 0],
		['Members recognised by their voice when they ring in.', 1, 0],
		['Replace reminder calls with automated calls that actually hold a conversation.', 1, 0],
		['Walked through router restarts by something that talks them through it.', 1, 0],
		['The conversation translated both ways as they talk.', 1, 0],
		['A presenter avatar that speaks the training script, lips in sync.', 2, 0],
		['Scoring 100% of calls automatically rather than sampling 2%.', 1, 0],
		// A twelfth writer's, two of them in Spanish.
		['Sophie wants a phone concierge that answers guests in natural speech.', 2, 0],
		[
			'The goal is for every patient call to turn into structured notes in the chart automatically.',
			1,
			0
		],
		['Lo que quieren: un asistente que conteste el teléfono y agende la cita.', 1, 0],
		['Quieren que todas las llamadas se transcriban y se analicen automáticamente.', 1, 0],
		['Automated caller-facing line that asks for the Rx number out loud.', 1, 0],
		['Doctor speaks Dutch, patient hears it in Polish in real time.', 1, 0],
		// "Without an officer" is the automation, not a denial of what follows.
		[
			'The rates line handled without an officer: caller says their property address and hears the balance.',
			1,
			0
		],
		['The brief explicitly excludes speech recognition.', 0, 1],
		[
			"They want the thing that rings owners the night before and actually understands 'can we make it later'.",
			1,
			0
		],
		// An agent that answers may be a person (weak only); the rep's hope and pitch are no project.
		['Wants an agent that answers the phone and triages.', 0, 0],
		['I went in hoping to turn this into a conversational IVR project.', 0, 0],
		['They were burned by a speech-recognition menu years ago.', 0, 1],
		['Talking points: AI answering pitch.', 0, 0],
		// A person calling back is not Voice AI; a test that was dropped, or the rep's "I said yes", is no project.
		['The front desk rings back missed callers within 15 min.', 0, 0],
		['We tested a voice coach prototype last year.', 0, 0],
		['Asked if we do anything with calls — I said yes, outbound voice agents.', 0, 0],
		['Get tailored summaries, precise transcripts, and smart notes.', 1, 0],
		// An ordinary day's notes.
		['The line should get picked up by "something that talks like a person".', 2, 0],
		['We built an AI that calls seniors every day. It listens and talks back.', 2, 0],
		['Owner wants a bot that rings web leads back within 60 sec.', 1, 0],
		['Clinician interested in ambient voice note-taking for clinics.', 1, 0],
		['Rep walked Miguel Ferrer (General Manager) through our AI receptionist.', 0, 0],
		['People can talk to an agent in the web chat.', 0, 0],
		// A sixteenth writer's: Voice AI by what it does, text agents, and projects turned down.
		['She wants something that "answers like our front desk would" and books the rest.', 1, 0],
		['Want something that answers picks up the name + dob and checks the status.', 1, 0],
		['They want an assistant that makes the calls alone.', 1, 0],
		['An artificial intelligence that calls the drivers and asks the questions by voice.', 1, 0],
		['Wants something that calls every new lead back within 5 minutes.', 1, 0],
		['Idea: automated check-in calls that ask the patient a few questions.', 1, 0],
		['Mel loves the idea of an AI interviewer that rings every applicant.', 1, 0],
		['Wants an AI agent that answers these chat questions automatically.', 0, 0],
		['A multilingual AI concierge on the website and WhatsApp.', 0, 0],
		['Plus the transcripts from our website chat.', 0, 0],
		['They piloted an AI phone agent last year and shut it down after 4 months.', 0, 1],
		['Not a voice deal, but real money.', 0, 1],
		// A seventeenth writer's: a bot or an agent told by what it does, a parenthesised
		// question that asks nothing of its sentence, a peer's launch and an odd fit.
		[
			'They want a robot that calls the caregiver automatically and asks are you on your way.',
			1,
			0
		],
		['want: bot that calls candidates w/in 1 hr of applying', 1, 0],
		['wants: bot that answers when techs are out + books in housecall pro', 1, 0],
		['Something that answers those questions out loud and looks up their juror number.', 1, 0],
		['→ agent that answers the claims line 24/7, collects policy #', 1, 0],
		[
			'Wants an intake agent that answers 24/7, qualifies (have a lawyer?) and books a consult.',
			1,
			0
		],
		['→ conversational outbound calls: confirm, reschedule in Epic', 1, 0],
		['Members complained when a neighbouring co-op launched a voicebot.', 0, 0],
		['Explained we handle spoken conversations on phone calls.', 0, 0],
		['tbh hearing clinic + phone bot feels like an odd fit anyway', 0, 1],
		// An eighteenth writer's: assistants, receptionists and "something" by what they do.
		['Yolanda wants an assistant that rings patients the day before, confirms.', 1, 0],
		['Gary wants something that makes those calls for us.', 1, 0],
		['He would like something that takes phone orders and reads back the total.', 1, 0],
		['Phone assistant that books Werkstatttermine itself.', 1, 0],
		['When a customer calls, an automated agent picks up and books the slot.', 1, 0],
		['Tash wants it to "actually talk to the patient, not a recorded message."', 1, 0],
		['"A virtual receptionist that actually talks" - books new-patient exams.', 1, 0],
		['They want speech-enabled ordering at the drive-thru.', 1, 0],
		// Product descriptions: speech named by its models or by what the product does.
		['A CLI script to generate subtitle files for any video using DeepSpeech.', 2, 0],
		['Fast inference engine for whisper in C++.', 1, 0],
		['Build voice and vision agents quickly with any model.', 1, 0],
		["World's first AI meeting copilot.", 1, 0],
		['Bark can generate highly realistic, multilingual speech.', 1, 0],
		['AI that sees your screen, listens to your conversations and tells you what to do.', 1, 0],
		['Create an AI desktop companion with customizable characters and voice conversations.', 1, 0],
		// A nineteenth writer's: a huddle summary's Topics are sentences, not a keywords list;
		// Spanish asks and denials.
		[
			'Topics\n• What they want: a phone line that answers itself after six, talks to the owner and books.',
			1,
			0
		],
		['He wants a line that picks up, asks "no heat or no cool?", gets the address.', 1, 0],
		["Alicia wants callers to be able to say why they're calling and get booked.", 1, 0],
		['They want the bot to call every recipient the day before.', 1, 0],
		['Lo que quieren: que el teléfono conteste solo cuando recepción está ocupada.', 1, 0],
		['Una línea donde el paciente diga la especialidad y le den cita.', 1, 0],
		['Nada de llamadas automatizadas, nada de transcripción.', 0, 1],
		// Product descriptions: assistants by voice, speech models named, avatar videos.
		['A minimal iOS app that interacts with ChatGPT by your voice.', 1, 0],
		['A real voice chat with ChatGPT AI.', 1, 0],
		['Helps you create your own voice-based AI assistants.', 1, 0],
		['Play ChatGPT with xiaomi AI speaker.', 1, 0],
		['Whisper & GPT-based app for passing remote interviews.', 1, 0],
		['AI avatar video generation for business.', 1, 0],
		['Unified speech and text translation.', 1, 0],
		['Deploy generative AI agents in your contact center for voice and chat.', 1, 0],
		['People can speak with AI agents on the web chat.', 0, 0],
		['Speech coaching app with real-time feedback.', 1, 0],
		['Dedicated speech-generating devices with touch access.', 1, 0],
		['Wireless microphone technology that improves speech understanding in noise.', 0, 0],
		// A twentieth writer's hard negatives: pilots killed, a rival's agent, email AI SDRs,
		// speech therapy, "the last thing they need"; and Voice AI in plain words.
		['They killed a voicebot pilot last year and say they will not revisit.', 0, 1],
		['Their biggest competitor (Crestline Motors) apparently runs an AI voice agent.', 0, 0],
		['He wants an ai sdr that writes and sends cold email sequences.', 0, 0],
		['Pediatric speech therapy practice with three clinics.', 0, 0],
		['A talking phone bot is the last thing they need.', 0, 1],
		['No budget, no project, no owner for voice AI.', 0, 1],
		['He had already "done the voicebot thing".', 0, 0],
		[
			'Something that picks up after hours, runs the triage (vomiting? breathing? how long?), books.',
			1,
			0
		],
		['What I want is a robot voice that calls people who are late.', 1, 0],
		['I want something that calls every driver, asks those questions in Spanish.', 1, 0],
		// A twenty-first writer's: the seller saying what it does, a bad experience, a dash that
		// starts a new statement, a scribe told by what it does, a toy children talk to.
		['Clarification: we do AI phone agents and call analytics; no speakers.', 0, 0],
		['After a bad experience with a speech-recognition menu, a human answers.', 0, 1],
		['Their phone menu is hated - wants callers to just say what they need.', 1, 0],
		['She wants the visit note drafted from the conversation in the exam room.', 1, 0],
		['Wants an AI intake agent on the main line 24/7.', 1, 0],
		['A plush bear with a speaker that children can talk to.', 1, 0],
		// A twenty-second writer's: agents told by talking, Italian, a telecom "voice deal".
		["She wants a 'receptionist virtuale' that picks up the phone.", 1, 0],
		['Deploy an automated agent that answers these calls in natural conversation.', 1, 0],
		['Want: an agent that takes the FNOL call end to end - talks to the driver.', 1, 0],
		['WANT: [system phones caregivers in parallel, talks to them', 1, 0],
		['Our receptionist answers the phones and books the rooms.', 0, 0],
		['On 3-yr carrier + voice deal w/ competitor thru Mar 2028', 0, 0],
		// A twenty-third writer's: Portuguese notes, the rep's own probe; public descriptions of
		// diarization, Alexa clients, audio dubbing, and a manga translator's speech bubbles.
		['Querem um agente que atenda o telefone e remarque consulta.', 1, 0],
		["Ele quer um 'atendente virtual' que atenda o 0800.", 1, 0],
		['Rafael quer um robô que liga pro motorista e conversa com ele.', 1, 0],
		['Perguntei sobre URA inteligente: não, o cooperado liga direto pro agrônomo.', 0, 1],
		['Tentei o voice agent angle, no fit.', 0, 0],
		['I did ask about an AI agent for the update calls; the texts kill most of those.', 0, 0],
		['Speaker verification, recognition and diarization toolkit.', 2, 0],
		['Build cross-platform apps for Alexa and Google Home.', 1, 0],
		['AI video and audio dubbing company.', 1, 0],
		['Translate text found within speech bubbles in manga images.', 0, 0],
		// A twenty-fourth writer's: Dutch and Flemish notes, an outage line that answers itself.
		["Ze wil een 'digitale receptioniste' die via de telefoon afspraken verzet.", 1, 0],
		['Wat ze zoeken: gesprekken live laten uitschrijven plus een concept-samenvatting.', 1, 0],
		['Ik heb stemherkenning/voicebot aangekaart, maar de klanten willen een mens.', 0, 0],
		['Cursisten praten hardop met een AI-gesprekspartner die uitspraak verbetert.', 2, 0],
		['They want the outage line to answer those calls itself.', 1, 0],
		["'An automated interviewer that calls every applicant within 10 min of applying'", 1, 0],
		['Students phone in and practise speaking with an AI partner between lessons.', 1, 0],
		// A twenty-fifth writer's: Hinglish notes, a new hire's template, struck-out edits.
		['Manish: ek bot chahiye jo lead aate hi 2 min ke andar call kare.', 1, 0],
		['want: AI agent jo phone pe service booking le, Arabic mandatory.', 1, 0],
		['maine Hindi voice bot pitch kiya for balance enquiry calls. Joshi ji: abhi nahi.', 0, 0],
		['want: speech-based complaint registration - citizen apni problem bole.', 1, 0],
		['want: riders just SAY the stop or intersection and hear the next arrivals.', 1, 0],
		[
			'She wants customers to be able to just ring up, read the numbers out, and have it logged.',
			1,
			0
		],
		['the inbound form said "AI voice for characters" which is why it was booked.', 0, 0],
		['website made it look like they did "AI voice" - it is AI-ready VoIP.', 0, 0],
		['ignore the "voice agent" in the first row, I filled it in from the webinar form.', 0, 1],
		['Speech-enabled self-service came up briefly. Raymond called it phase two at best.', 0, 0],
		['+ prayer line voicemail, staff listen to them Monday', 0, 0],
		['- ~~wants an AI refill line that answers the phone~~ wants reminder texts only', 0, 0],
		// A twenty-sixth writer's: Japanese notes, dictated notes, hard negatives.
		['voice agentの話をしたら、興味ありとのこと.', 1, 0],
		['こちらのvoice agentの話をしたら、興味薄.', 0, 0],
		['Reseller deal for SMS. voice AIではない, 完全にtelecom案件.', 0, 1],
		['Speech recognition for the menu ✗. Push-button only.', 0, 1],
		['She asked us to stop sending voice AI content, politely.', 0, 1],
		["He's worried about clients replacing actors with cloned voices.", 0, 0],
		['PREP: outbound call centre, 240 staff, obvious target for AI outbound agents.', 0, 0],
		['[phone dictation, paddington station]\nok notes from the call with the florist.', 0, 0],
		['Wants the intake done automatically: the caller tells it where they are.', 1, 0],
		['I just need someone or something picking up and booking into Dentrix.', 1, 0]
	])('%s → %i positive, %i negated', (text, positive, negated) => {
		const s = voiceAiSignals(text);
		expect([s.positive, s.negated]).toEqual([positive, negated]);
	});

	it('reads a form, a struck-out edit and a quoted question as the writer meant them', () => {
		// "Rep: Jordan T." heads a template: the fields under it are the notes, not the rep's words.
		const template = [
			'Rep: Jordan T.',
			'Date/Time: Mar 24, 11:00',
			'Need: "we need something that picks up the emergency line at 2am"'
		].join('\n');
		expect(voiceAiSignals(template).positive).toBe(1);
		// The bot's own question, in quotes, asks nothing of the project before it.
		expect(
			voiceAiSignals(
				'Mahesh wants AI calling - bot puche "delivery ho gaya? temp log upload kiya?"'
			).intent
		).toBe(2);
	});

	it('reads a hypothetical or a question as curiosity, not intent', () => {
		expect(voiceAiSignals('If legal signs off, maybe a voice agent next year.')).toMatchObject({
			positive: 0,
			intent: 1
		});
		expect(voiceAiSignals('Asked whether a voice bot could help?').positive).toBe(0);
		// …unless the prospect then says they want to try it: a project being explored.
		expect(
			voiceAiSignals(
				"If an AI could book appointments over the phone that'd be huge, we want to test that."
			).intent
		).toBe(2);
		expect(voiceAiSignals('If a voice agent could do it, great, maybe someday.').intent).toBe(1);
	});

	it('credits the prospect, not the rep, in a transcript', () => {
		const pitched = voiceAiSignals(
			'[00:01:10] Alex Chen (SDR): We also offer AI voice agents for after-hours calls.\n[00:01:20] Tonya Briggs (Office Manager): No. The owner wants a person on that line.'
		);
		expect(pitched.positive).toBe(0);
		expect(pitched.intent).toBe(0);
		const answered = voiceAiSignals(
			'Rep: Is a voice agent for the maintenance line on your radar?\nDana (COO): Yes, we need it before winter.'
		);
		expect(answered.positive).toBe(1);
		// Diarised labels: the speaker who asks the questions is the rep, and pitches.
		const diarised = voiceAiSignals(
			[
				'Speaker 1: Our carrier wants us to record calls to the nurse line.',
				'Speaker 2: Would you want anything done with the recordings? Transcripts?',
				'Speaker 1: No. Just keep them.',
				'Speaker 2: We have an AI that can draft notes from the call. Interested?',
				'Speaker 1: Not interested.',
				"Speaker 2: OK. What's your phone system?"
			].join('\n')
		);
		expect([diarised.positive, diarised.intent]).toEqual([0, 0]);
		// "Rep described …; the prospect declined": the rep's pitch, not the prospect's project.
		// Otter's "Name  00:09" headers, the rep named once as "(us)".
		const otter = voiceAiSignals(
			[
				'Call between Ryo (us) and Kenji',
				'',
				'Kenji  00:04',
				'We only keep recordings for disputes.',
				'',
				'Ryo  00:39',
				'Our platform adds AI analysis of the calls and a voice agent.',
				'',
				'Kenji  00:48',
				'I see. The carrier is fine then.'
			].join('\n')
		);
		expect(otter.positive).toBe(0);
		// A debrief between the rep and their team lead has a call's shape, but the seller side
		// reports what the prospect wants: the rep's notes, not the rep's pitch.
		const debrief = [
			'me: just came off palmera resorts',
			'lead: good how',
			'me: they want an AI agent to take booking calls overnight',
			'lead: size?',
			'me: he said 600 staff',
			'lead: budget real?'
		].join('\n');
		expect(voiceAiSignals(debrief).positive).toBe(1);
		// The same lines in a call: the rep who says it pitches, and nobody said yes.
		expect(
			voiceAiSignals(
				[
					'me: thanks for taking the time',
					'lead: sure',
					'me: we offer an AI agent to take booking calls overnight',
					'lead: size?'
				].join('\n')
			).positive
		).toBe(0);
		const demonstrated = voiceAiSignals(
			'Ben demonstrated the AI voice agent calling back new web leads. Tiffany asked to drop the voice part.'
		);
		expect(demonstrated.positive).toBe(0);
		const described = voiceAiSignals(
			'Rep described AI phone answering; the prospect said candidates need a real person and declined.'
		);
		expect(described.positive).toBe(0);
		// A chat export: "Name (Company) 4:12 PM" headers; the seller is the one booking the AE,
		// and the prospect's "Yes" under its own header makes the rep's recap theirs.
		const chat = [
			'Sophie Talbot 4:12 PM',
			'Thanks for the call earlier.',
			'',
			'Ben (Ringstead) 4:15 PM',
			'To recap: you want the phone screens done automatically?',
			'',
			'Sophie Talbot 4:17 PM',
			'Yes. Our consultants spend half the day on screening calls.',
			'',
			'Ben (Ringstead) 4:22 PM',
			'Can I book you both with Clare (our AE)?'
		];
		expect(voiceAiSignals(chat.join('\n')).positive).toBe(1);
		// Accented names are names: Lucía's answer is hers, not the rep's.
		const accented = [
			'[01:22] Pablo (Acme): How many agents?',
			'[01:23] Lucía (Viajes Solmar, Operations): Sixty on the phones.',
			'[01:36] Pablo (Acme): Any interest in an AI receptionist for the overflow?',
			"[01:39] Lucía (Viajes Solmar, Operations): No, no. Our customers want a person, that's final."
		].join('\n');
		expect(voiceAiSignals(accented)).toMatchObject({ positive: 0, negated: 1 });
		chat[7] = 'Not really. We like doing the screens ourselves.';
		expect(voiceAiSignals(chat.join('\n')).positive).toBe(0);
		// "SE: Marco | SDR: Jen" says who was there; the notes under it are not the rep's words.
		expect(
			voiceAiSignals('SE: Marco | SDR: Jen\n- post-call: every call transcribed and scored')
				.positive
		).toBe(1);
	});
});

describe('extractFeatures', () => {
	it('reads a strong Voice AI lead', () => {
		const l = lead({
			industry: 'conversational ai',
			employee_count: 120,
			website: 'voiceflow.ai',
			call_notes:
				'The CTO wants to replace the IVR with a voice agent. Budget approved. Need it ASAP.',
			products_discussed: ['Voice AI', 'SMS']
		});
		const x = extractFeatures(l);
		const at = (n: FeatureName) => x[FEATURE_INDEX[n]];
		expect(at('industry_class')).toBe(INDUSTRY_CLASSES.indexOf('Conversational AI'));
		expect(at('voice_heavy_industry')).toBe(1);
		expect(at('ai_native')).toBe(1);
		expect(at('log_employees')).toBeCloseTo(Math.log10(121), 6);
		expect(at('size_band')).toBe(1);
		expect(at('call_voice_ai_signals')).toBe(1);
		expect(at('call_voice_ai_weak')).toBe(1);
		expect(at('call_voice_ai_intent')).toBe(3);
		expect(at('budget_stage')).toBe(3);
		expect(at('urgency')).toBe(4);
		expect(at('authority')).toBe(2);
		expect([
			at('product_voice_ai'),
			at('product_sms'),
			at('product_voice'),
			at('products_count')
		]).toEqual([1, 1, 0, 2]);
	});

	it('counts the kinds of Voice AI a description names, in every language the reader knows', () => {
		const kinds = (description: string) =>
			value(lead({ description }), 'company_voice_ai_categories');
		// Dutch: speech recognition, speech synthesis and a spoken AI partner are three kinds.
		expect(kinds('Stemherkenning en spraaksynthese voor callcenters.')).toBe(2);
		expect(kinds('Leerlingen oefenen hardop met een AI-gesprekspartner; met stemherkenning.')).toBe(
			2
		);
		expect(kinds('Speech recognition and text-to-speech for call centers.')).toBe(2);
		// Speech therapy is no speech technology.
		const therapy = lead({
			company_name: 'Pinewhistle Speech & Language',
			description: 'Speech, language and feeding therapy for children at five clinics.'
		});
		expect(value(therapy, 'company_voice_ai_weak')).toBe(0);
	});

	it('reads next steps and timelines as reps write them, not only as the generator does', () => {
		const notes = lead({ call_notes: 'Budget approved. CTO agreed to a pilot next week.' });
		expect(value(notes, 'next_step')).toBe(2);
		// "next week" times the pilot, not the project.
		expect(value(notes, 'urgency')).toBeNaN();
		const next = (call_notes: string) => value(lead({ call_notes }), 'next_step');
		expect(next('Demo booked with the ops team.')).toBe(2);
		expect(next('## Next steps\n- Jordan (AE) + SE deep-dive Thu 9/10 2pm ET')).toBe(2);
		expect(next('Inbound. 40-seat CC. Demo w/ AE 11/14.')).toBe(2);
		expect(next('sent cal invite for Tue')).toBe(2);
		expect(next('Send deck, check back next month.')).toBe(1);
		expect(next('Asked us to follow up in January.')).toBe(1);
		expect(next('No next steps agreed.')).toBe(0);
		// Not booked *yet* while docs go out is a loose follow-up, not "no next step".
		expect(next('Sending docs and the pricing sheet; no meeting booked yet.')).toBe(1);
		expect(next('No meeting booked.')).toBe(0);
		expect(next('No demo scheduled, sharing the deck.')).toBe(1);
		expect(next('DQ - student project')).toBe(0);
		expect(next('If legal signs off we would book a pilot.')).toBe(1);
		expect(next('Kyle asked for info + pricing sheet by email. No AE mtg')).toBe(0);
		expect(next('Next step: n/a - referred to local answering service partner')).toBe(0);
		expect(next('next step AE proposal she wants it before end of May')).toBe(2);
		// "26 May" is a date, not a hedge; a meeting "with" someone can be booked.
		expect(next('Demo with AE Tomás booked 26 May 10:00.')).toBe(2);
		expect(next('Task - AE demo (Thu 2 Apr) cancelled.')).toBe(0);
		// Calendar days as written, tables, aligned fields and a bulleted "AE:" slot book the AE.
		expect(next('Next: proposal review with AE (Chris), Sept 2.')).toBe(2);
		expect(next('Next: proposal + pricing w/ AE (Álvaro) 21 Apr - booked')).toBe(2);
		expect(next('| Next step | proposal & pricing with AE (Henrik), 18 June |')).toBe(2);
		expect(next('Next            pricing/proposal with AE (Owen) 3 Sept')).toBe(2);
		expect(next('- Nächster Schritt: Termin mit AE (Felix) + SE am 22.07., 10 Uhr')).toBe(2);
		expect(next('- $: ~AUD 2k/mo ok\n- AE: Thu 11am w/ Hannah + founder ✓')).toBe(2);
		expect(next("Reply from Pinecrest. They're booked with the AE.")).toBe(2);
		expect(next('Harbourview - booked you for 3 March, 10am AEDT, with Leanne.')).toBe(2);
		expect(next('They booked 300 appointments last month.')).toBeNaN();
		expect(next("Didn't get much on $$ or when. Sophie's got them Tue")).toBe(2);
		expect(
			next('Selin took it and has a call with him and their CTO on Thursday, so AE has it.')
		).toBe(2);
		expect(next('7. Next step\n   Kevin discovery w/ Dan + Priya Mon 11 May.')).toBe(2);
		expect(next('- Next: Demo with AE Florian on 5. May, Hr. Gruber')).toBe(2);
		expect(next('passed to Dan, he has the invite')).toBe(2);
		expect(next('We have a call center on Monday mornings.')).toBeNaN();
		// The rep proposes the AE, the prospect settles the day.
		const agreed = [
			"[00:10:05] Kevin (SDR): Let's get my AE, Rachel, in front of your team. Could you do Monday?",
			'[00:10:11] Marco (Principal Engineer): Monday afternoon works.'
		];
		expect(next(agreed.join('\n'))).toBe(2);
		expect(
			next(`${agreed[0]}\n[00:10:11] Marco (Principal Engineer): Not yet, maybe later.`)
		).not.toBe(2);
		// An activity log, newest first: the latest entry's word on a topic stands.
		const log = [
			'2026-03-31 Task - Opp moved to closed-lost; the CFO froze new vendors.',
			'2026-03-24 Call - Budget approved; demo w/ AE booked 2 Apr.',
			'2026-03-13 Inbound form - "AI receptionist for physio clinics"'
		].join('\n');
		expect(next(log)).toBe(0);
		expect(next(log.split('\n').reverse().join('\n'))).toBe(0);
		expect(next(log.split('\n').slice(1).join('\n'))).toBe(2);
		// A chat export: the rep ("Acme - Amy") proposes, the prospect's "👍" takes the meeting.
		const chat = [
			'Derek Moss  11:05 AM',
			'We need tracking numbers on every ad.',
			'',
			'Acme - Amy  11:08 AM',
			'And recording? Anything else?',
			'',
			'Derek Moss  11:12 AM',
			'Basic recording is fine. I own the agency so I approve.',
			'',
			'Acme - Amy  11:16 AM',
			"I'll get you with Jason (AE) for pricing - Monday 1pm?",
			'',
			'Derek Moss  11:20 AM',
			'Monday 1 👍'
		];
		expect(next(chat.join('\n'))).toBe(2);
		expect(value(lead({ call_notes: chat.join('\n') }), 'authority')).toBe(2);
		chat[13] = 'Let me think about it.';
		expect(next(chat.join('\n'))).not.toBe(2);
		// The rep asks and proposes, the prospect names the time: "Thursday at ten. Send it."
		const zoom = [
			'Owen Blake 14:05',
			'Totally fair. Budget-wise?',
			'',
			'Lauren Achebe 14:05',
			'We set aside, um, roughly ninety thousand for compliance tech this year. I own it.',
			'',
			'Owen Blake 14:06',
			'Perfect. Can I get you with our AE Thursday?',
			'',
			'Lauren Achebe 14:06',
			'Thursday at ten. Send it.'
		].join('\n');
		expect(next(zoom)).toBe(2);
		expect(value(lead({ call_notes: zoom }), 'budget_stage')).toBe(2);
		// A verdict after a comma or a dash is still read ("Closed – not a fit").
		expect(next('## Tasks\n- [x] Intro\n- [x] Closed – not a fit')).toBe(0);
		expect(next('Rep assessment: lost to competitor.')).toBe(0);
		expect(next('IT director lukewarm. Parking it.')).toBe(0);
		// "scheduling is Xtime" names their scheduler, "bring it up" is no IT team joining.
		expect(next('Online scheduling is Xtime today.')).toBeNaN();
		expect(next('Kevin will bring it up with the owner.')).not.toBe(2);
		expect(next('booked you Wed 3/11 2pm CT w/ both of them')).toBe(2);
		expect(next('She forwarded my invite to Dave while we were still on the call.')).toBe(2);
		expect(next('Decisions: none - gone quiet since 2/18.')).toBe(0);
		expect(next('Recommendation: Do not advance the stage. No near-term AE engagement.')).toBe(0);
		expect(next('[ ] do not book AE')).toBe(0);
		expect(next('— booked Sam w/ Mike + nephew (Tyler) Thu 3/12 8:00am CT')).toBe(2);
		expect(next("Let me get you with Sam, our AE, he'll build out the numbers and pricing.")).toBe(
			2
		);
		expect(next("He accepted your invite for Monday 3pm, 'if I'm not on a roof'.")).toBe(2);
		expect(next("He's booked in with James on Wednesday to go through pricing.")).toBe(2);
		expect(next('Demo con el AE agendada martes 10am, invite aceptado ✓.')).toBe(2);
		expect(value(lead({ call_notes: 'Budget aprobado para Q2.' }), 'budget_stage')).toBe(3);
		const budget = (call_notes: string) => value(lead({ call_notes }), 'budget_stage');
		expect(budget('Pushed on budget, he said ~1,200/mo is fine.')).toBe(2);
		expect(budget("I'd guess 3-5k/mo is fine.")).toBe(2);
		expect(budget('A capacity grant, $45,000 over two years.')).toBe(2);
		expect(budget('They get ~40k calls/mo.')).toBeNaN();
		// A huddle summary's "Topics" are sentences; a keywords list under it states nothing.
		const huddle = 'Topics\n• Budget: Dana has about $3k/month in the 2026 ops plan for coverage.';
		expect(budget(huddle)).toBe(2);
		expect(budget('• budget approved')).toBe(3);
		expect(budget('Topics\n• budget approved')).toBeNaN();
	});

	it('reads a dictated debrief without punctuation by its fillers and spoken labels', () => {
		const memo =
			'okay so memo on summit roofing he wants the phone to answer itself at night um i said thats basically our agent budget he threw out five grand a month which is uh what they pay now timeline they want it before the spring season so march ish next step i booked him with marissa for thursday at two for the deep dive';
		const x = extractFeatures(lead({ call_notes: memo, call_date: '2026-01-12' }));
		expect(x[FEATURE_INDEX.budget_stage]).toBe(2);
		expect(x[FEATURE_INDEX.urgency]).toBe(3);
		expect(x[FEATURE_INDEX.next_step]).toBe(2);
		// Spelled-out ranges and letters as a recogniser writes them.
		const spoken = extractFeatures(
			lead({
				call_notes:
					'um volume about four hundred thousand minutes a month budget he said roughly eighteen to twenty thousand dollars a month decision is him and the c e o paola'
			})
		);
		expect(spoken[FEATURE_INDEX.budget_stage]).toBe(2);
		// An amount for "this year" is a budget, as one "a year" is.
		expect(value(lead({ call_notes: 'Andy signs, up to £50k this year.' }), 'budget_stage')).toBe(
			2
		);
		expect(spoken[FEATURE_INDEX.authority]).toBe(2);
	});

	it('reads timelines against the call date', () => {
		const urgency = (call_notes: string, call_date = '2026-11-10') =>
			value(lead({ call_notes, call_date }), 'urgency');
		expect(urgency('Wants it live by January.')).toBe(3);
		expect(urgency('Target is Q3.')).toBe(2);
		expect(urgency('Go-live EOQ.')).toBe(3);
		expect(urgency('Not ready to buy this quarter.')).toBe(2);
		expect(urgency('No rush, just exploring.')).toBe(0);
		expect(urgency('Need it ASAP.')).toBe(4);
		// A follow-up date times the follow-up, not the project; a pilot's date times the project.
		expect(urgency('Asked us to follow up in January.')).toBeNaN();
		expect(
			urgency('We want to trial it on the driving desk before peak in Nov.', '2026-09-09')
		).toBe(3);
	});

	it('keeps three states: stated yes, stated no, not mentioned (NaN)', () => {
		const at = (call_notes: string, name: FeatureName) => value(lead({ call_notes }), name);
		expect(at('Budget approved by the CFO.', 'budget_stage')).toBe(3);
		expect(at('No budget until next FY.', 'budget_stage')).toBe(2);
		expect(at('They have no budget.', 'budget_stage')).toBe(0);
		expect(at('Pricing was a non-issue.', 'budget_stage')).toBe(3);
		expect(at('Friendly call about their roadmap.', 'budget_stage')).toBeNaN();
		// A stated amount is a budget in the plan; a price per unit or "$0" is not.
		expect(at('budget ~$8-10k/mo mentioned w/o prompting', 'budget_stage')).toBe(2);
		expect(at('MD signs, ~GBP 300/mo, wants live before Xmas rush.', 'budget_stage')).toBe(2);
		expect(at('Funded by a donor programme (about USD 60k for the season).', 'budget_stage')).toBe(
			2
		);
		expect(at('We quoted $0.02 per minute.', 'budget_stage')).toBeNaN();
		expect(at('$0 budget for this.', 'budget_stage')).toBe(0);
		// Amounts as reps write them: no currency, a range, after a colon or a quote.
		expect(at('Prospect shared budget range of 30-40k/yr', 'budget_stage')).toBe(2);
		expect(at('budget "around 40k for the year" per head of CS', 'budget_stage')).toBe(2);
		expect(at('yeah budget he said around 2k a month', 'budget_stage')).toBe(2);
		expect(at('fine. bring pricing for 40k a month.', 'budget_stage')).toBe(2);
		expect(at('"we have 120k set aside for knowledge tools"', 'budget_stage')).toBe(3);
		expect(at('support tickets are coming 12k per month', 'budget_stage')).toBeNaN();
		expect(at('Budget: none (grant-dependent)', 'budget_stage')).toBe(0);
		expect(at('Budget: TBD', 'budget_stage')).toBe(1);
		expect(at('> Budget is about AUD 1,200/month and Paula owns it.', 'budget_stage')).toBe(2);
		expect(at('We have budget from our last round for exactly this.', 'budget_stage')).toBe(3);
		expect(at('Budget CLP 1,500,000/month agreed by the owner.', 'budget_stage')).toBe(2);
		expect(at('Volunteers are burning out on the crisis line.', 'urgency')).toBeNaN();
		expect(at('VP Ops on the call.', 'authority')).toBe(2);
		expect(at('Only an intern joined.', 'authority')).toBe(0);
		expect(at('Friendly call about their roadmap.', 'authority')).toBeNaN();
		expect(at('Locked into Five9 until 2028.', 'incumbent')).toBe(2);
		expect(at('Unhappy with Twilio support.', 'incumbent')).toBe(1);
		expect(at('Friendly call about their roadmap.', 'next_step')).toBeNaN();
	});

	it('reads the issue’s healthcare call as a Voice AI prospect to nurture', () => {
		const l = lead({
			industry: 'Healthcare',
			employee_count: 450,
			call_date: '2026-11-10',
			call_notes:
				'They run a 60-seat call center for appointment scheduling and want to automate after-hours calls with a voice agent. Not ready to buy this quarter; legal review of HIPAA first. Asked us to follow up in January.'
		});
		expect(value(l, 'call_voice_ai_signals')).toBe(2);
		expect(value(l, 'call_voice_ai_intent')).toBe(3);
		expect(value(l, 'next_step')).toBe(1);
		expect(value(l, 'urgency')).toBe(2);
		expect(value(l, 'budget_stage')).toBeNaN();
	});

	it('gives NaN for missing inputs and 0 for present-but-silent ones', () => {
		const bare = extractFeatures(lead({}));
		expect(bare[FEATURE_INDEX.log_employees]).toBeNaN();
		expect(bare[FEATURE_INDEX.call_voice_ai_signals]).toBeNaN();
		expect(bare[FEATURE_INDEX.sentiment_rating]).toBeNaN();
		expect(bare[FEATURE_INDEX.has_website]).toBe(0);
		const quiet = lead({ call_notes: 'Short call about nothing in particular.' });
		expect(value(quiet, 'call_voice_ai_signals')).toBe(0);
		expect(value(quiet, 'budget_stage')).toBeNaN();
		expect(value(quiet, 'transcript_segments')).toBeNaN();
	});

	it('reads a transcript as call text and measures its balance', () => {
		const l = lead({
			call_transcript: {
				speech_segments: [
					{ speaker: 'Rep', text: 'What is the timeline?' },
					{ speaker: 'Dana', text: 'This quarter. We need a voice assistant for call routing.' }
				]
			}
		});
		expect(value(l, 'transcript_segments')).toBe(2);
		expect(value(l, 'talk_balance')).toBeCloseTo(4 / 10, 6);
		expect(value(l, 'urgency')).toBe(3);
		expect(value(l, 'call_voice_ai_signals')).toBe(1);
		// The rep asked the only question; questions_asked counts the prospect's.
		expect(value(l, 'questions_asked')).toBe(0);
	});

	it('is deterministic and fills a matrix row by row in spec order', () => {
		const { data, rows, cols } = extractFeatureMatrix(SAMPLE_LEADS);
		expect([rows, cols]).toEqual([SAMPLE_LEADS.length, FEATURE_SPEC.length]);
		SAMPLE_LEADS.forEach((l, r) => {
			expect(Array.from(data.subarray(r * cols, (r + 1) * cols))).toEqual(
				Array.from(extractFeatures(l))
			);
		});
	});

	it('separates the generator’s Voice AI leads on the voice signal features', () => {
		const { calls } = generateCalls({ rows: 3000, seed: 5 });
		const rate = (label: 0 | 1) => {
			const group = calls.filter((c) => c.voice_ai === label);
			const signal = group.filter((c) => {
				const x = extractFeatures(v.parse(Lead, c));
				return (
					x[FEATURE_INDEX.call_voice_ai_signals]! > 0 ||
					x[FEATURE_INDEX.company_voice_ai_signals]! > 0
				);
			}).length;
			return signal / group.length;
		};
		expect(rate(1)).toBeGreaterThan(0.8);
		expect(rate(1) - rate(0)).toBeGreaterThan(0.6);
	});
});
