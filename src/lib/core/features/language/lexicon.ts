/**
 * What the language layer recognises: concept families, each a list of regular-expression
 * alternatives over lower-cased text. The scanner matches whole words (no letter or digit on
 * either side) and prefers the longest alternative at a position, so "brand voice" is read as a
 * distractor before "voice" can be read as anything else.
 *
 * Words are written as reps write them: abbreviations (f/u, cal, EOQ, DM), plurals, hyphen and
 * space variants. A family says what a phrase means; whether it was affirmed, denied or only
 * supposed is decided per clause by the cues below (reader.ts). A lookahead at a phrase's end
 * must also accept `$`: which families a found phrase belongs to is tested on the phrase alone.
 */

const W = String.raw`[a-z0-9'’&-]+`; // one word
const GAP = (n: number) => String.raw`(?:${W}[ ,]+){0,${n}}`; // up to n words and a space
/** A currency written before an amount: symbols and ISO codes reps use. */
const CURRENCY = String.raw`(?:\$|[ac]\$|(?:usd|gbp|eur|aud|cad|nzd|chf|sgd|hkd|inr|zar|sek|nok|dkk|mxn|brl|clp|cop|ars|pen|jpy|krw|thb|php|idr|myr|czk|pln|huf|ron|try|ils|aed|sar) ?|£|€|¥|₹)`;

/** An amount said in words, as a dictated debrief writes it: "five grand", "three point two million". */
const NUMBER_WORD = String.raw`(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a few|a couple|several|a hundred|hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred|point (?:one|two|three|four|five|six|seven|eight|nine)))*`;
const SAID_AMOUNT = String.raw`${NUMBER_WORD}(?: (?:to|or|-) ${NUMBER_WORD})? (?:grand|thousand|k|million|mil)`;

/** What a text agent answers or handles: "AI agents that answer customer questions" is a chatbot. */
const TEXT_WORK = String.raw`(?! (?:(?:customer|user|your|their|our|the|these|those|all|support|common|any|chat|email|text|written|simple|basic|routine|internal|employee|policy) ){0,3}(?:questions?|queries|tickets|emails?|messages|chats?|tasks?|workflows?|requests|faqs?))`;

/** Voice AI, by the categories of the label definition; all of them count as evidence. */
export const VOICE_AI = {
	agents: [
		String.raw`voice[- ]?ai`,
		String.raw`(?:ai|a\.i\.|genai|llm|conversational|autonomous|intelligent)[- ]?(?:powered )?voice[- ]?(?:agents?|bots?|assistants?|automation|calling|callers?|workers?|employees?|reps?)`,
		String.raw`voice[- ]?(?:agents?|bots?)`,
		String.raw`phone (?:concierges?|receptionists? that|agents? that|assistants? (?:that|which))|(?:in|with) natural speech|callbots?|agentes? de voz|agents? vocaux|agent vocal|assistants? vocaux|assistant vocal|asistentes? de voz|assistentes? de voz|sprachassistent(?:en)?|sprachbots?|ki[- ]telefonassistent(?:en)?|telefon[- ]?(?:ki|bots?)`,
		String.raw`voice (?:and|&|or|/) (?:chat|text|vision|video) (?:ai )?(?:agents?|bots?|assistants?)|(?:ai|genai|generative ai) agents? ${GAP(5)}for voice(?: (?:and|&) chat)?(?![- ]?(?:of|mails?|notes?|memos?))`,
		String.raw`(?:phone )?calls? (?:from|by|with) (?:an? |your )?ai (?:agents?|bots?|assistants?)|call the (?:ai )?(?:bot|voice agent)`,
		String.raw`(?:ai[- ](?:based |powered |driven )?)?calling (?:agents?|bots?|assistants?)`,
		// Portuguese, as Brazilian reps write it: "um agente que atenda o telefone", "um robô que liga".
		String.raw`(?:agentes?|assistentes?|atendentes?|robôs?|robos?|bots?|ia)(?: virtua(?:l|is)| de ia| inteligentes?)? que (?:atenda|atende|atendam|atendem|ligue|liga|liguem|ligam|converse|conversa|fale|fala)|atendentes? virtua(?:l|is)|ura (?:inteligente|com ia|conversacional)`,
		// Dutch and Flemish: "een digitale receptioniste", "een digitale medewerker aan de telefoon".
		// Hinglish, as reps in India write it: "ek bot chahiye jo … call kare", "ai agent jo phone pe …".
		String.raw`(?:bot|agent|ai|system) (?:chahiye )?jo ${GAP(8)}(?:call|phone) (?:kare|karega|karke|kar sake|kar de)|(?:bot|agent) khud ${GAP(3)}call (?:kare|karega|karta)|(?:ai )?(?:agent|bot|assistant) jo (?:phone|call) (?:pe|par)`,
		// Described by how callers use it: "the caller tells it where they are".
		String.raw`(?:callers?|customers?|patients?|members?|drivers?|tenants?|guests?|residents?) (?:just )?(?:tells?|talks? to|speaks? to|explains? to) it|(?:intake |triage |booking )?(?:part of )?(?:the |each |every )?calls? (?:done|handled|answered|taken) (?:automatically|by (?:itself|software|a machine))`,
		String.raw`(?:digitale|virtuele) (?:receptionist(?:e|en)?|assistent(?:e|en)?|telefonist(?:e|en)?|medewerker(?:s)? aan de telefoon)|spraakassistent(?:en)?|spraakbots?|belbots?|telefoonbots?`,
		String.raw`(?:ai|virtual|digital|automated) (?:phone|call|calling) (?:agents?|assistants?|reps?|staff|workers?|concierges?|operators?|receptionists?)`,
		String.raw`(?:ai|virtual|digital|synthetic|automated) (?:agents?|assistants?|concierges?|receptionists?|operators?) (?:on|for|answering|to answer|that answers) (?:the |their |our |its |a |these |those |all |every |inbound |incoming )?(?:phones?|phone lines?|calls?|lines?)|(?:ai|virtual|digital|synthetic|automated) (?:agents?|assistants?|receptionists?|operators?) (?:that |which )?picks? up|synthetic (?:agents?|callers?|reps?)`,
		String.raw`ai (?:${W} )?(?:agents?|assistants?|concierges?|receptionists?|operators?|bots?|lines?) (?:that |to |which |who )?(?:(?:answers?|takes?|handles?|makes?|places?|books?)${TEXT_WORK}|picks? up|phones|calls|dials|rings|listens)`,
		String.raw`ai (?:${W} ){0,2}(?:that|which|to) ${GAP(6)}(?:by|over|on) (?:the )?phones?|(?:an?|the) (?:virtual |digital |automated )?(?:assistant|agent|system) (?:that|which|to) ${GAP(12)}(?:by|over|on) (?:the )?phones?`,
		String.raw`phone[- ]?(?:bots?|agents? powered by ai)`,
		String.raw`(?:ai|a\.i\.)[- ](?:powered |driven )?(?:phone calls?|calls?|calling|callers?|dialers?|dialing|outbound calls?|phone (?:answering|ordering|support|lines?|system))`,
		String.raw`ai (?:${W} )?(?:agents?|bots?|assistants?)? ?(?:that |to |who |which |could |can )?(?:answers?|answering|handles?|handling|takes?|taking|makes?|making|places?|placing|picks? up|picking up|books? appointments|on|over|for|in front of) ${GAP(3)}(?:the |their |our |your |inbound |outbound |incoming |customer |phone |main |support |service |after[- ]hours |maintenance |reservations? |all )*(?:phones?|calls?|phone calls?|phone lines?|lines|line|ivrs?)`,
		String.raw`(?:llm|gpt|genai|ai)[- ](?:powered |based )?(?:phone|voice|call) (?:agents?|bots?|assistants?)|(?:llm|gpt) (?:phone|voice) agents?`,
		String.raw`(?:llms?|gpt|chatgpt|ai) (?:on|over|answering|for) (?:the |their |our )?(?:phones?|calls?|phone lines?)`,
		String.raw`ai (?:sdrs?|bdrs?|cold[- ]callers?|collections? calls?)`,
		String.raw`(?:automate|automates|automating|automation of) ${GAP(2)}(?:inbound |outbound |phone |after[- ]hours |voice |customer )+calls?`,
		String.raw`ai (?:agents?|assistants?|bots?|receptionists?) (?:that |to |who |which |can |will |could )?(?:(?:answers?|answering)${TEXT_WORK}|picks? up|picking up|takes? calls|talks? to|talking to|speaks? (?:to|with)|calls? (?:back|leads|customers|patients))`,
		String.raw`ai (?:outbound |inbound )(?:${W} )?(?:callers?|calls?|calling|agents?|dialers?|dialing)`,
		String.raw`(?:something|smth|sth|a bot|bot|an ai|ai|a system|the system(?: itself)?|software|a machine|a robot|robot|a virtual agent|a voice) (?:(?:that|which|to) )?["“]?(?:actually |can |could |will |would |just )?(?:talks? (?:to|with)|speaks? (?:to|with)|answers? (?:the |their |our |your |every |all |each |any )?(?:${W} ){0,2}(?:phones?|calls?|phone lines?|lines?)|answers? like (?:a|an|our|their|the|your) (?:${W} ){1,3}(?:would|does|do)|(?:picks? up|picking up)(?: the)?(?: phones?| calls?)?|(?:calls?|phones?|rings?) (?:${W} ){0,2}(?:customers?|cust|people|them|patients?|applicants?|candidates?|residents?|leads?|members?|families|seniors|clients?|borrowers?|debtors?|parents|students|owners|homeowners|drivers?|guests|tenants|respondents|caregivers?|employees|workers|techs|technicians|volunteers|donors|subscribers|policyholders|claimants|jurors|no[- ]shows|back)|(?:sits|lives|waits|stays) on the (?:line|phones?))|(?:something|the system|a bot|bot|the ai|an ai) (?:that )?["“]?answers(?= *[,.;—–-]|$| when| while| after| out of| at night| if| (?:and |\+ |& )?(?:picks?|takes?|books?|checks?|tells?|asks?|gets?|routes?|reads?|confirms?)\b| in (?:fr|en|de|es|nl|pt|english|french|german|spanish|dutch|italian|portuguese|arabic|polish|japanese|their (?:own )?language)\b)|something (?:that |to )?(?:rings?|calls?|phones?) ${GAP(2)}(?:callers?|customers|people)`,
		// "An AI that cold calls homeowners", "software not people", an IVA: a seller's words.
		String.raw`(?:an ai|ai|a bot) (?:that|to|which) (?:cold[- ])?(?:calls?|dials?|rings?|phones?) ${GAP(2)}(?:homeowners|customers|leads|people|patients|prospects|members|drivers|clients|everyone|every)|(?:software|a machine|a bot|ai|automated),? not (?:people|humans?|a person|staff)|ivas?|intelligent virtual (?:agents?|assistants?)`,
		String.raw`(?:phones?|phone lines?|lines?|hotlines?) (?:to |should |would |could |that |will |can )?(?:takes?|answers?|handles?|books?) ${GAP(4)}(?:on (?:its|their) own|by (?:itself|themselves)|itself|themselves)|(?:an? |the )?(?:phones?|lines?|phone lines?) (?:to |that |which )?(?:picks? up|answers?)(?= *[,.;]| and| (?:asks|takes|books|let)|$)`,
		// A bot or a virtual agent that takes the calls: one subject group, so the scan tries it
		// once where "a" or "the" starts, not once per subject.
		String.raw`their bot (?:that |which )?(?:calls|rings|phones)|the assistant picks up`,
		String.raw`(?:a|the) (?:bot|robot|machine|computer|thing|(?:virtual|synthetic|digital) (?:agent|assistant|concierge|voice)) (?:to |that |which |can |could |will |would |just )?(?:makes? (?:the |those |these |all |our |their )?(?:${W} )?calls|(?:answers?|takes?|handles?|picks? up)(?: (?:the|their|our|your|all|overflow|inbound|incoming|missed|after[- ]hours))* (?:phones?|calls?|phone lines?|lines?|callers?)|picks? up|(?:calls?|calling|rings?|ringing|phones?|phoning) (?:back|(?:${W} ){0,3}(?:accounts|account holders|customers?|callers?|patients?|leads|members?|clients?|borrowers?|debtors?|guests?|tenants?|owners|parents|residents?|drivers?|caregivers?|candidates?|applicants?|employees|staff|workers|volunteers|policyholders?|claimants?|recipients?)))`,
		String.raw`(?:callers?|customers?|people|patients?|pts|residents?|users?|guests?|members?|clients?|tenants?|drivers?|applicants?) (?:can |could |to |(?:to |are )?(?:be )?able to )?(?:just )?(?:(?:rings?|calls?|phones?)(?: in| up)?,? (?:and )?(?:just )?)?(?:says?|speaks?|talks?|read (?:the |their )?(?:numbers?|meter(?: readings?)?|readings?|digits) out)(?: (?:what|why|where|naturally|in plain|their)| and (?:get|be|have|book)|(?= ["“]|,|$))|press nothing|by (?:just )?(?:talking|speaking)|(?:just )?say what (?:you|they) need|(?:callers?|customers?|residents?|riders?|passengers?|citizens?) just say (?:the|their|which|when|where|what)`,
		String.raw`(?:automated |outbound |ai |robo[- ]?)?(?:phone )?calls? (?:that|which) (?:actually |can |will )?(?:hold|have|has|carry|carries) (?:a |an |the )?(?:real |actual |natural |proper |two[- ]way )?conversations?`,
		String.raw`(?:a |automated |outbound )?calls? (?:to|for) ${GAP(5)}that (?:actually )?(?:chats?|talks?|has a (?:real )?conversation|converses)`,
		String.raw`without (?:anybody|anyone|a person|a human|staff|a receptionist) ${GAP(2)}(?:picking up|answering)`,
		// A speech recogniser's spelling of the rep's dictated debrief.
		String.raw`a eye (?:agents?|receptionists?|assistants?|bots?|voices?|phone)|tee tee ess|speech to text`,
		String.raw`(?:phone|call) (?:check[- ]ins?|calls?) ${GAP(4)}that (?:chats?|talks?|asks?)|by the time (?:they|you|the caller|the patient|the customer) hangs? up`,
		String.raw`(?:calls?|phones?|lines?) (?:(?:should|would|could|will|can|to|must) )?(?:are |is |get |gets |be |being )?(?:answered|handled|taken|picked up) by ["“]?(?:something|an? (?:ai|bot|machine|robot|system)|ai|bots|machines|software|a virtual (?:agent|assistant))`,
		// Described only by what it does: "the line should just answer itself", "the phones to
		// pick themselves up", "want ai to answer + take the order".
		String.raw`(?:phone lines?|phones?|lines?|calls?) (?:to |should |would |could |that |will )?(?:just )?(?:answers? (?:itself|themselves)|picks? (?:itself|themselves) up)|ai to (?:answer|pick up)`,
		String.raw`(?:talks?|speaks?|sounds?|answers?) like a (?:human|person|real person)|it to ["“]?actually (?:talk|speak)s? (?:to|with)|(?:something|a bot|ai|the system) (?:that )?talks? (?:them|callers|people|customers|you) through|the way a (?:human|person|real person) would`,
		String.raw`human[- ]like (?:voices?|calls?|conversations?)|robot(?:ic)? voice (?:that |which |to )?(?:calls?|rings?|phones?|reads?|talks?|answers?)|how (?:natural|human|real|lifelike) (?:it|the (?:voice|bot|agent|ai|calls?)) sounds?`,
		// "an assistant that makes the calls alone", "asks the questions by voice", "automated
		// check-in calls that ask the patient…": Voice AI told by what it does.
		String.raw`(?:an? (?:ai |virtual |digital )?assistant|something) (?:that |which |to )?(?:makes?|places?) (?:the |those |these |all |our |their )?(?:${W} )?calls|an? (?:ai |virtual |digital )?assistant (?:that|which) (?:rings?|calls?|phones?) (?:the |our |their |all |every )?(?:patients?|customers?|callers?|clients?|members?|guests?|tenants?|parents|families|residents?|travell?ers?|drivers?|owners?|leads)|something (?:that |to |which )?(?:takes?|answers?|handles?) (?:the |their )?phone (?:orders?|bookings?|reservations?)|(?:asks?|asking|answers?|answering|responds?|talks?|speaks?) (?:the |their |a few |some |simple |basic |its )?(?:${W} )?(?:questions? )?(?:by|via|using) (?:a |natural |synthetic )?voice(?![- ]?(?:mails?|notes?|memos?))|(?:automated|automatic|ai|robo) (?:${W} ){0,2}calls? (?:that|which|to) (?:ask|asks|talk|talks|chat|chats|check in)`,
		// "takes the order conversationally", "read the status back to the caller", "the phone
		// line answered automatically", "handle the rebooking calls by itself", Telefonassistent.
		String.raw`(?:takes?|taking|take|asks?|asking|ask|handles?|handling|answers?|answering) (?:the |their |a )?(?:${W} ){0,2}conversationally|(?:takes?|taking|take) (?:the |their )?(?:orders?|bookings?|reservations?) (?:in|by|through) (?:a )?conversation|(?:reads?|reading) (?:${W} ){0,3}(?:back|out) to (?:the )?callers?`,
		String.raw`(?:something|smth|a bot|a system|the system) (?:that |which )?(?:can |could |will |would )?(?:actually )?(?:have|has|hold|holds) (?:a |an )?(?:real |proper |natural |actual )?conversation|virtual (?:agents?|assistants?) ${GAP(6)}that (?:handles?|answers?|takes?) (?:customer |inbound |incoming |phone |member )?(?:calls|phone calls)|(?:calls?|conversations?) ${GAP(4)}(?:written out|transcribed|typed up|written up) automatically|(?:say|says|tell|tells) ${GAP(8)}and (?:it|the system|the line) (?:understands|gets it)|(?:say|says|saying|speak|speaks|describe|describes) (?:${W} ){0,2}in their own words`,
		String.raw`(?:phones?|phone lines?|lines?|calls?) (?:to be |to get |gets? |being )?answered automatically|automatically answers? (?:the |their |all )?(?:phones?|calls?|phone lines?)|(?:something|smth|a bot|a system|software|the system) (?:that |to |which |can |would |will )?(?:handles?|takes?|does|answers?|makes?) ${GAP(5)}(?:phone )?calls? (?:by itself|on its own|itself)|automated (?:telephone|phone) (?:interview(?:ing|s|ers?)?|surveys?)|telefonassistent(?:en)? (?:nimmt|nehmen|beantwortet|beantworten|übernimmt|übernehmen)`,
		// "an agent that answers the claims line 24/7": no one person answers around the clock
		// ("an agent that answers the phone" alone may be a person: weak). "Conversational
		// outbound calls": calls that hold a conversation are placed by an agent.
		String.raw`(?:(?:an?|the|intake|overflow|booking|scheduling|claims|reservations?) )?agent (?:that |which |to |who )?answers? (?:(?:the |their |our |all |every |inbound |incoming )?(?:${W} ){0,2}(?:phones?|lines?|calls?) )?(?:24/7|around the clock|after[- ]hours|overnight|at night|day and night)|conversational (?:inbound |outbound |phone |voice )?calls?`,
		// "an agent that answers every call, understands the address": the call's work done by talking.
		String.raw`(?:an? |the )(?:agent|assistant|receptionist|system) (?:that |which )(?:answers?|takes?|handles?|picks? up) (?:the |every |all |each |these |those )?(?:${W} ){0,2}(?:calls?|phones?|lines?)(?: ${W}){0,4},? (?:and )?(?:actually )?(?:talks?|speaks?|understands?|converses?)|system (?:phones?|calls?|rings?) ${GAP(4)}talks? to|receptionist[ae]? virtual[ei]?|recepcionista virtual`,
		String.raw`voice (?:automation|self[- ]service)`,
		// A Voice AI seller's shorthand: "not a voice deal", "could turn into a voice opp".
		String.raw`voice (?:deals?|opportunit(?:y|ies)|opps?|use[- ]cases?|projects?|plays?)`,
		String.raw`speech[- ]to[- ]speech`,
		String.raw`(?:natural[- ]language|conversational|speech[- ]enabled|nlu|nlp|speech|voice)[- ]?(?:ivrs?|call routing|routing)`,
		String.raw`conversational voice(?: ai| agents?| platforms?| bots?| assistants?| interfaces?| automation)?|natural[- ]language (?:voice |phone )?(?:agents?|ivrs?|phone (?:agents?|systems?|support))|(?:talk|speak)s? (?:to|with) (?:callers|customers|patients) (?:in|on|over) (?:natural|plain|the phone)`
	],
	receptionist: [
		String.raw`(?:ai|a\.i\.|virtual ai|automated|robo)[- ]?(?:receptionists?|front desks?|answering(?: service)?|phone answering|switchboard|concierge|operators?)`,
		String.raw`ai[- ]powered (?:receptionists?|answering)`,
		String.raw`(?:virtual |digital )?receptionists? (?:with (?:a )?voice|that (?:actually |really |can |will )?(?:talks|speaks|answers (?:the )?(?:calls|phones?)))`,
		String.raw`(?:virtual )?receptionists? (?:powered by|built on|using) ai`,
		String.raw`answers? (?:your |every |all |the |customer |inbound )*(?:business )?(?:phone )?calls? (?:24/7|around the clock|with ai|automatically)`,
		String.raw`(?:phones?|calls?|lines?) (?:should |to |would |could |that |will |can )?(?:pick(?:s|ed)? up|be (?:picked up|answered)|answer(?:s|ed)?) automatically|automatically (?:pick(?:s|ed|ing)? up|answer(?:s|ed|ing)?) (?:the |all |every |inbound |incoming )*(?:phones?|calls?)`,
		String.raw`(?:drive[- ]?thru|drive[- ]?through|phone) (?:order(?:ing)?|order[- ]taking) (?:ai|automation|assistant|agent)`,
		String.raw`(?:ai|automated|voice|speech[- ]enabled|voice[- ]enabled) (?:drive[- ]?thru|drive[- ]?through|order[- ]taking|phone ordering|ordering)`
	],
	analytics: [
		String.raw`conversation(?:al)? intelligence`,
		String.raw`(?:call|speech|voice|conversation|interaction) analytics`,
		String.raw`(?:call|conversation)[- ](?:qa|quality assurance|scoring|summar(?:ies|ization|isation)|transcripts?|transcription|insights|coaching|intelligence|mining)`,
		String.raw`(?:auto(?:matic|mated)?|ai)[- ](?:qa|quality assurance|call scoring|call summar(?:y|ies)|summar(?:y|ies) of (?:every |each )?calls?)`,
		String.raw`(?:analy[sz](?:es?|ing)|scores?|scoring|summari[sz](?:es?|ing)|transcrib(?:es?|ing)|records? and transcrib(?:es?|ing)) ${GAP(2)}(?:sales |support |customer |service |phone |every |agent |recorded )*(?:calls?|conversations?|meetings?)`,
		String.raw`(?:ai|automated) (?:note[- ]?takers?|notetakers?|meeting (?:assistants?|notes|summar(?:y|ies))|scribes?)`,
		String.raw`note[- ]?takers?|notetaking ai|meeting recorders?|(?:ai )?meeting (?:assistants?|copilots?|co-pilots?)`,
		String.raw`(?:ai )?(?:notepad|notes?|note[- ]taking) (?:for|in|from|during) (?:your |every )?(?:${W} )?(?:meetings|calls|phone calls)|(?:perfect|automatic|automated|instant) (?:meeting )?(?:notes|minutes|summaries)|ai (?:meeting notes|minutes|summaries)|notes for (?:every|your|each) meetings?|(?:writes|takes) (?:the |your |meeting )*notes for you|records ${GAP(2)}(?:meetings?|calls?|conversations?)|(?:audio|voice) (?:recordings?|notes|memos?) (?:into|to) ${GAP(2)}(?:notes|text|transcripts?|summar(?:y|ies)|content|posts?|documents?)`,
		String.raw`(?:real[- ]?time |live )?agent[- ]assist`,
		String.raw`(?:every|each|all) (?:single |one of the |of the |of their |of our )?(?:${W} )?(?:calls?|recordings?|conversations?) ${GAP(3)}(?:checked|scored|analy[sz]ed|graded|qa'?d|audited|transcribed|written down|typed up|reviewed|listened to)|(?:scoring|scores?|reviewing|reviews?|analy[sz]ing|checking|checks|transcribing) (?:100%|all|every one) of (?:the |their |our )?(?:calls|recordings|conversations)|(?:software|ai|a tool|a system|something|an app|a bot) (?:that |to |which )?(?:goes|go|going|went|runs?) through (?:every|each|all|100% of)(?: the| of the| their| our)?(?: ${W})? (?:recordings?|calls?|conversations?)|summar(?:y|ies) of (?:what was said|what (?:the )?(?:caller|customer|patient) said|(?:each|every) (?:call|conversation))|ambient (?:voice|tools?|scribing|ai|notes?)|voice note[- ]?taking|listens and (?:talks|responds|answers|replies)(?: back)?|talks back`,
		String.raw`(?:coaching|feedback|guidance|prompts?) (?:on|during|for|in) ${GAP(1)}(?:live |sales |support )?calls|captures? (?:every |all )?(?:customer |sales )?(?:calls|conversations)`,
		String.raw`(?:ambient|clinical|medical|ai) (?:scribes?|documentation|listening)|(?:visit|clinical|soap|progress) (?:notes?|summar(?:y|ies)|documentation) (?:drafted|written|generated|created|produced) from (?:the )?(?:conversations?|visits?|calls?|dialogues?)|(?:notes?|summar(?:y|ies)|documentation) (?:drafted|written|generated|created|produced) from (?:the )?(?:conversations?|visits?|calls?|dialogues?)`,
		String.raw`speaker (?:diari[sz]ation|identification|recognition|verification|embeddings?)|diari[sz]ation|x-vectors?`,
		String.raw`(?:sentiment|emotion) (?:analysis|detection) (?:on|of|in|from) ${GAP(1)}(?:calls?|voice|speech)`
	],
	stt: [
		String.raw`(?:automatic )?speech[- ]?(?:recognition|to[- ]text|api|models?|ai|engines?|analytics|understanding)`,
		String.raw`voice[- ]?(?:recognition|to[- ]text|transcription|typing)|speech (?:tech|technology|ai)`,
		String.raw`(?:stt|asr)(?: engines?| models?| apis?)?`,
		String.raw`(?:audio|voice|speech|calls?|meetings?|podcasts?|video) (?:to|into|->|→|=>) (?:text|transcripts?)|(?:calls?|conversations?|recordings?) (?:turned|converted|transcribed) (?:in)?to (?:searchable |written |structured )?(?:text|notes|summar(?:y|ies)|transcripts?)|(?:calls?|conversations?|visits?) (?:to )?(?:turn|turns|convert|converts) (?:in)?to (?:structured |searchable |written |typed )?(?:notes|text|transcripts?|summar(?:y|ies))|(?:turns?|converts?|transforms?) (?:your |every |each |all )?(?:${W} )?(?:meetings?|calls?|conversations?|lectures?) (?:in)?to (?:structured |searchable |written |typed )?(?:notes|text|transcripts?|summar(?:y|ies))|(?:calls?|conversations?|visits?) (?:get |gets |got |to be |being )?(?:transcribed|written up) (?:automatically|\+|and)`,
		String.raw`(?:audio|recordings?|speech|voice notes?|voice memos?|podcasts?|videos?)(?: and (?:video|audio))?(?: files?)? (?:into|to) (?:accurate |editable |searchable |structured |polished )?(?:text|transcripts?|notes|content)`,
		String.raw`(?:video|auto|automatic|ai)[- ]caption(?:s|ing)?|caption(?:s|ing)? ${GAP(4)}(?:videos?|reels|shorts|podcasts?)|subtitl(?:es|ing) (?:for|to) videos?|translate and caption|subtitles? (?:generation|generators?|creation)|generat(?:e|es|ing) ${GAP(1)}(?:subtitles|subtitle files?)`,
		// A transcript is Voice AI's output, unless it is the call's or the chat's own record
		// ("chat transcript", "transcripts from our website chat", "Transcript excerpt") or a
		// school's: those are in VOICE_ADJACENT, whose longer phrase wins where they overlap.
		String.raw`(?:ai |automatic |automated |real[- ]?time |live |medical |call |voicemail )?transcri(?:ptions?|bes?|bed|bing|pts?)|(?:meeting|audio|speech|voice|video|podcast|call|ai|automatic|offline|local|whisper)[- ]transcribers?`,
		String.raw`(?:ai |voice |medical |speech )?dictation|dictat(?:es?|ing) (?:into|to|notes|text|emails?|messages|documents|reports)`,
		// OpenAI's speech recognition model, named as what a product runs on.
		String.raw`(?:powered by|using|uses|with|built on|based on|runs?|for) (?:openai(?:'s)? )?whisper|faster[- ]whisper|whisper\.cpp|whisper (?:&|and|\+) (?:gpt|chatgpt|llms?)|speech ?llms?|whisperx|deepspeech|wav2vec ?2?|vosk|kaldi|whisper[- ](?:based|powered|models?|api)|openai(?:'s)? whisper`,
		String.raw`(?:live |real[- ]?time |automatic |ai )captions?(?:ing)?`,
		String.raw`(?:ai|automatic|auto[- ]generated|automated)[- ](?:subtitles?|subtitling|captions?)|(?:understands?|recogni[sz]es?) (?:what )?(?:callers|customers|people|users|patients|drivers|residents|members|guests|clients|citizens|tenants|the (?:caller|customer|patient|resident|person)) (?:says?|said|means?|asks?)`,
		String.raw`(?:wake[- ]?words?|keyword spotting|voice commands?|spoken commands?)|(?:speak|talk|dictate)s? and (?:have |get |see )?(?:the )?(?:text|words|notes?|letters?|reports?) (?:land|appear|show up|go|drop)`,
		String.raw`(?:customers|callers|members|clients|patients|users) (?:are |get |being )?recogni[sz]ed by (?:their )?voices?|recogni[sz](?:e|es|ed|ing) (?:customers|callers|them|people|users|members|clients|patients) by (?:their )?voices?`,
		// The same in the languages bilingual reps mix into their notes (es, pt, fr, de).
		String.raw`stemherkenning|spraakherkenning|transcripties?|transcriberen|gesprekken (?:live )?(?:laten )?uitschrijven|(?:gesprekken|telefoongesprekken) (?:automatisch |live )?(?:uitgeschreven|getranscribeerd)`,
		String.raw`transcri(?:ção|ções|pción|pciones|re)|(?:llamadas|conversaciones) se (?:transcriban|transcriben|analicen|analizan|graben y transcriban)|(?:asistente|agente|bot|ia|robot)(?: virtual)? que (?:conteste|contesta|atienda|atiende|hable|habla|llame|llama)|(?:el )?tel[eé]fono (?:que )?(?:conteste|contesta|responda|responde) solo|(?:el|la) (?:paciente|cliente|usuario|llamante) (?:pueda |puede )?(?:diga|dice|hable|habla|decir)|transcrev(?:er|e|em|emos)|transcribir|transkri(?:bieren|biert|ption)|reconnaissance vocale|reconocimiento de voz|reconhecimento de voz|spracherkennung|dictée vocale|sprachdiktat|ditado por voz|dictado por voz`,
		String.raw`spoken instructions|confirm(?:s)? by (?:speech|voice)|voice[- ]?(?:picking|directed)|accent (?:neutrali[sz]ation|conversion|translation|softening)|deepfake[- ]?(?:voice|audio|speech)|voice deepfakes?|(?:synthetic|cloned|fake) voice detection|detects? ${GAP(5)}(?:from|in) (?:their |the )?(?:speech|voice)`,
		String.raw`(?:ai|it|the bot|software|that|something|a tool|an app|a system) (?:that )?(?:listens|listening) (?:live )?(?:to|in on|on (?:the |every |each )?calls?)|listens? to (?:children|kids|students|learners|users|people|customers|callers|patients|the calls?) (?:read|speak|talk)|listens? to (?:your|their|our|the|all|every) (?:${W} )?(?:conversations|calls|meetings)`,
		String.raw`(?:interviews?|conversations?|practice|tutoring|lessons?|coaching|screening|orders?|ordering) (?:by|over|via|using|through) (?:voice|speech)|(?:read|talk|speak|answer|respond|repl(?:y|ie))s? (?:out loud|aloud)|read[- ]aloud|(?:asks?|answers?|says?|tells?) ${GAP(4)}(?:out loud|aloud)|(?:streaming|real[- ]?time|open[- ]source) recognition|voice banking`,
		String.raw`understands? (?:human |natural |spoken )?speech|speech (?:directly|input|understanding|processing|toolkits?|assistants?|interactions?)|speech[- ]language models?|speech (?:enhancement|separation|isolation)|(?:separat|isolat|enhanc)(?:es?|ing) speech|voice isolation`
	],
	tts: [
		String.raw`text[- ]?to[- ]?(?:speech|voice)`,
		String.raw`synthèse vocale|voix de synthèse|síntese de voz|síntesis de voz|sprachsynthese|spraaksynthese|tekst naar spraak|clonage de voix|clonación de voz|clonagem de voz`,
		String.raw`tts(?: engines?| models?| apis?| voices?)?|xtts|elevenlabs|kokoro[- ]?(?:tts|82m)|piper tts|coqui tts|tortoise[- ]tts`,
		String.raw`(?:speech|voice) (?:synthesis|synthesi[sz]ers?|generation|generators?|cloning|clones?)|speech[- ]generating (?:devices?|apps?|software)|audio (?:synthesis|synthesi[sz]ers?|cloning)|expressive audio`,
		String.raw`(?:synthetic|synthesi[sz]ed|cloned|neural|generated|generative|lifelike|life[- ]like|realistic|natural[- ]sounding|human[- ]sounding|expressive|custom|computer|computeri[sz]ed) (?:ai )?(?:voices?|speech|voiceovers?|narration)`,
		String.raw`voice[- ]?(?:clon(?:e|es|ing)|design|changers?|conversion|skins?)`,
		String.raw`clon(?:e|es|ing) (?:your |their |a |any )?voices?`,
		String.raw`ai[- ](?:voices?|voice[- ]?overs?|narrat(?:ion|ors?)|speech|audio|dubbing|singing voices?)`,
		String.raw`ai[- ](?:podcast|audio|audiobook|voice[- ]?over|radio) (?:generators?|creators?|makers?|hosts?|studio)|ai (?:podcast )?hosts?|no mic(?:rophone)? needed`,
		String.raw`(?:turns?|turning|converts?|converting|transforms?|transforming) ${GAP(6)}into ${GAP(2)}(?:audio|speech|podcasts?|voice[- ]?overs?|spoken (?:audio|word))`,
		String.raw`(?:ai|automated)[- ]generated (?:voice|speech|audio|narration|voiceovers?)|generat(?:e|es|ing) ${GAP(3)}speech(?! (?:recognition|to[- ]text|analytics))`,
		String.raw`(?:talking|speaking)[- ](?:avatars?|heads?|photos?|characters?|videos?)|audio[- ]driven ${GAP(1)}(?:portraits?|avatars?|faces?|animations?|talking heads?|portrait animations?)`,
		String.raw`(?:in )?(?:a )?natural(?:[- ]sounding)? voices?|(?:languages|accents) and voices|voices and (?:languages|accents)|(?:celebrity|character|cartoon) voices?|virtual presenters?|ai presenters?|(?:ai|digital|virtual) (?:spokes(?:person|people)|narrators?)|listen to (?:it|them|articles?|any (?:article|text|pdf)|your (?:articles?|docs?|pdfs?|books?|text))|read[- ]aloud (?:app|apps|reader|readers|tool|tools|voices?)|reads? ${GAP(3)}(?:aloud|out loud)`,
		String.raw`(?:avatars?|presenters?|characters?) (?:that|which|who) (?:speaks?|talks?|says|reads?)|(?:the |a )?(?:system|bot|ai|machine|computer) (?:that |which |to |can |could |will |would |then )?reads? (?:out|back|${GAP(6)}back to (?:them|the caller|callers|the patient|patients|the customer))|the (?:system|bot|machine) understands`,
		String.raw`(?:\d+\+?|hundreds of|thousands of|dozens of) (?:ai |realistic |natural |lifelike |human[- ]like )?voices|ai[- ]narrated|ai audiobooks?|(?:books?|e-?books?|articles?|documents?|pdfs?) (?:in)?to audio ?books?|screen readers?|studio[- ]quality (?:voices?|voiceovers?|narration)`
	],
	translation: [
		String.raw`(?:real[- ]?time |live |simultaneous |ai )?(?:speech|voice|spoken|call|audio)(?: (?:and|&) text)? translat(?:ion|ors?|es?|ing)`,
		String.raw`(?:ai|automatic|automated|real[- ]?time)[- ]dubb(?:ing|ed)|dubbing (?:with|using|powered by) ai`,
		String.raw`translat(?:es?|ing|ion of) ${GAP(2)}(?:speech|voice|audio|spoken (?:language|words?)|calls?|phone calls?|conversations? in real[- ]?time)`,
		String.raw`(?:ai |machine |real[- ]?time )interpret(?:ation|ers?|ing)|hears? (?:it |them )?(?:in )?(?:their (?:own )?language|japanese|spanish|english|french|german|mandarin|chinese|korean|portuguese|italian|arabic|hindi|vietnamese|polish|dutch|russian|ukrainian|turkish|tagalog|urdu|thai|indonesian|swahili|farsi|hebrew|greek|romanian)`,
		String.raw`lip[- ]?sync(?:ing|ed)?|lips in sync|dubbing (?:pipeline|workflow|engine|api|platform)s?|(?:conversations?|calls?|speech) (?:is |are |gets? |being )?translated (?:both ways|live|in real[- ]?time|as (?:they|you|people) (?:talk|speak))|video dubbing|dubb(?:ing|ed|s)? (?:videos?|films?|movies|content)|(?:video|audio) (?:and|&|/) (?:video|audio) (?:dubbing|locali[sz]ation)|audio (?:dubbing|locali[sz]ation)`,
		String.raw`(?:real[- ]?time|live|instant) (?:ai )?translation (?:for|of|in|during) ${GAP(2)}(?:calls?|meetings?|conversations?|phone calls?)`,
		String.raw`(?:in|with) (?:your|their|his|her) own voices?|(?:in|with) the (?:original )?speaker's (?:own )?voice|(?:localiz|localis|translat)(?:e|es|ing|ation) ${GAP(4)}(?:voices?|speech(?! bubbles?| balloons?)|audio)`
	],
	assistant: [
		String.raw`voice[- ]?(?:assistants?|concierges?|interfaces?|user interfaces?|uis?|uxs?|first|enabled|activated|controlled|powered|driven|search|commerce|ordering|chatbots?|models?|generators?)`,
		String.raw`(?:alexa|google assistant|siri) (?:skills?|actions?|apps?|integrations?)`,
		String.raw`alexa voice service|amazon(?:'s)? alexa|google home|amazon echo|echo dot|(?:interactive|cross[- ]platform|conversational) voice (?:apps?|applications?|prototypes?|experiences?)|voice (?:apps?|applications?|prototypes?) for (?:amazon |the )?(?:alexa|google)`,
		String.raw`smart speakers?|ai speakers?|vui|voice[- ]?ux|(?:that|which) (?:kids|children|users|customers|people|patients|guests) can (?:talk|speak) (?:to|with)`,
		String.raw`(?:talk|speak)s? (?:to|with) (?:your|their|our|the|an?) (?:car|computer|device|tv|phone|home|menu board|kiosk)`,
		String.raw`(?:build|building|develop|developing|for) voice (?:products?|apps?|applications?|experiences?|interfaces?|ai)`,
		String.raw`(?:hands[- ]free) (?:voice|assistant|ordering|control)`,
		String.raw`(?:speech|voice)[- ](?:based|driven|enabled) (?:${W} )?(?:registration|booking|intake|reporting|self[- ]service|complaints?|helplines?|ivrs?|systems?)|voice (?:input|keyboards?|control|programming|coding|macros?)|(?:use|uses|using) (?:just |only )?(?:your|their) voice to|(?:navigating|manipulating|editing|coding|programming|operating|controlling) ${GAP(3)}by voice|(?:talk|speak|chat|control|type|write|dictate|search|navigate|interact)(?:s|ing)? ${GAP(4)}(?:with|using|by) (?:your |their )?voice|voice chats? with (?:an? )?(?:ai|chatgpt|gpt|llms?|claude|assistants?)|voice[- ]based (?:ai )?(?:assistants?|agents?|bots?|chatbots?)|(?:speak|talk)s? (?:with|to) (?:an? )?(?:ai|chatgpt|gpt|llms?)(?![- ]?(?:powered|agents? (?:in|on) (?:the )?(?:web|chat)))`
	],
	spoken: [
		String.raw`(?:ai|virtual|voice|speaking|conversation(?:al)?(?: ai)?) (?:tutors?|tutoring|language partners?|coach(?:es|ing)?|interviewers?|interviewing|interviews?|therapists?|role[- ]?plays?)|(?:voice|talking|speaking) companions?|voice (?:personas?|characters?)`,
		String.raw`(?:ai|automated|voice)[- ](?:phone |video )?(?:interviews?|screening calls?|phone screens?)|voice,? (?:and|&|or) video interviews?|voice practice`,
		String.raw`(?:praten|spreken|oefenen) hardop|hardop (?:praten|spreken|oefenen)|ai[- ]gesprekspartners?`,
		String.raw`interviewers? (?:that|which) (?:phones?|calls?|rings?) (?:(?:every|each|all|the|our|their) )?(?:job )?(?:candidates?|applicants?)`,
		String.raw`phone (?:screens?|screening|interviews?) (?:done |handled |run )?automatically|automat(?:e|es|ed|ic|ing) (?:the )?(?:first[- ]round )?phone (?:screens?|screening|interviews?)`,
		String.raw`practi[cs](?:e|es|ing) (?:speaking|pronunciation|conversation)|(?:speaking|pronunciation|conversation|oral) (?:practice|skills|assessment|feedback|coach(?:ing)?|exercises?|drills?|lessons?|partners?)|speech coaching (?:apps?|platforms?|tools?|software)|pronunciation|by speaking|just speak|no typing(?: needed| required)?`,
		String.raw`(?:talks?|speaks?|chats?|converses?) (?:back )?(?:with|to) (?:students|learners|candidates|patients|users|customers|callers|kids|children)`,
		String.raw`spoken (?:conversations?|dialogues?|language (?:ai|models?|understanding)|english|ai)`,
		String.raw`(?:audio|speech)[- ](?:native )?(?:foundation |language |chat )?(?:models?|llms?) ${GAP(6)}(?:conversations?|dialogues?)`,
		String.raw`(?:digital humans?|conversational avatars?|interactive avatars?|ai avatars? that (?:speak|talk)s?|ai avatar videos?|ai avatar video (?:generation|generators?))`,
		String.raw`voice[- ]?(?:based )?(?:conversations?|dialogues?) with (?:an? )?ai|(?:characters?|companions?|avatars?|agents?|bots?) (?:and|with|for) (?:real[- ]time )?voice (?:conversations?|chats?|interactions?)`
	],
	infrastructure: [
		String.raw`voice[- ]?(?:agent|ai|bot) (?:infrastructure|platform|orchestration|framework|stack|builder|testing|tests|evals?|evaluation|observability|monitoring|qa|simulation|analytics|apis?|sdks?|developers?|builders?)`,
		String.raw`(?:telephony|phone numbers?|sip|pstn|phone lines?|(?:phone|telephony|calling|voice) (?:infrastructure|infra|apis?|layer|stack|network)) for (?:ai|llms?|ai agents?|voice agents?|bots?|agents)`,
		String.raw`(?:real[- ]?time|low[- ]latency|streaming) (?:voice|speech)(?: (?:ai|apis?|models?|infrastructure|streaming|agents?|pipelines?))?|(?:real[- ]?time|low[- ]latency|streaming) audio (?:ai|models?|agents?|llms?)`,
		String.raw`(?:media streams?|audio streaming) (?:into|to|for) ${GAP(1)}(?:llms?|ai|models?|agents?|bots?)`,
		String.raw`(?:voice activity detection|vad|turn[- ]taking|barge[- ]in|end[- ]?pointing|endpointing|interruption handling)|voice (?:ai )?pipelines?`,
		String.raw`turn latency|(?:end[- ]of[- ]turn|eot) detection|(?:callers|patients|customers|people|they) talk(?:ed|s)? over (?:it|the bot|the agent|the ai)`,
		String.raw`(?:test|tests|testing|simulate|simulates|simulating|monitor|monitors|monitoring|evaluate|evaluates|evaluating) (?:your |their )?(?:ai )?voice (?:agents?|bots?|ai|assistants?)`
	]
} as const;

export type VoiceCategory = keyof typeof VOICE_AI;
export const VOICE_CATEGORIES = Object.keys(VOICE_AI) as VoiceCategory[];

/**
 * Phrases that point at Voice AI without settling it: a "conversational AI" platform may be text
 * only, an IVR may be touch-tone. The models weigh them; they are never counted as Voice AI.
 */
export const VOICE_WEAK = [
	String.raw`conversational[- ]?ai`,
	String.raw`(?:intelligent|smart|ai)[- ]?(?:ivrs?|routing|call routing)`,
	String.raw`(?:replace|replacing|replaces|rip out|ripping out|modernize|modernise|modernizing|upgrade|upgrading|sunset|kill) (?:the |their |our |a |an |old |legacy |existing |dated |clunky )*(?:ivrs?|phone trees?|touch[- ]?tone menus?)`,
	String.raw`(?:call|phone) automation|automated (?:phone )?calls?|robo[- ]?calls?`,
	String.raw`virtual (?:agents?|assistants?)|digital (?:agents?|workers?|employees?)|(?:an?|the) (?:agent|assistant) (?:that|which|to) (?:answers?|picks? up) (?:the )?(?:phones?|calls?)|(?:answered|handled|taken|picked up) by (?:an? )?ai (?:agents?|assistants?|bots?)`,
	String.raw`contact[- ]cent(?:er|re) ai|ccai|ai for (?:the )?contact cent(?:er|re)s?|ai[- ]powered contact cent(?:er|re)s?`,
	String.raw`(?:nlu|natural language understanding|intent (?:detection|recognition))`,
	String.raw`dubbing|voices?|speech|spoken|audio (?:ai|intelligence|models?|llms?|foundation models?|language models?)|revenue intelligence|(?:ai )?noise (?:cancell?ation|suppression|removal)|(?:by|via|over|using) voice(?![- ]?ai)|ai agents?|ai assistants?|agentic ai|(?:outbound|auto|predictive|power)[- ]?dialers?|voice biometrics?|voiceprints?|voice[- ]based|text[- ]?to[- ]?audio|audio (?:generation|generators?)|voice (?:platforms?|stack|layer|products?|solutions?|capabilities|features?|technology|tech|apps?|experiences?)`
];

/** Near Voice AI but not it: the hard negatives of the label definition. */
export const VOICE_ADJACENT = {
	textBot: [
		String.raw`(?:ai |text |web |website |live |support |customer service |gpt |llm )?chat[- ]?bots?`,
		String.raw`(?:live )?chat (?:widget|support|agents?|transcripts?|logs?)|(?:agents?|humans?|reps?) with (?:the |full |a )?transcripts?|web chat|messaging (?:ai|bots?|automation)|ai (?:${W} )?(?:agents?|assistants?|concierges?|bots?) (?:on|in|for|inside) (?:the |their |our |its |a )?(?:${W} )?(?:website|site|web|app|whatsapp|portal|chat|sms|messenger|slack|intranet)|ai (?:chat|copilots?|writing|email)|(?:sms|whatsapp|text) (?:bots?|automation)|ai sdrs? (?:that |to |which |for )?(?:writes?|sends?|does|drafts?) (?:${W} ){0,3}(?:emails?|sequences|linkedin|messages|inbox(?:es)?)|ai sdr email`
	],
	telephony: [
		String.raw`voip|voice over ip|sip(?: trunk(?:ing|s)?)?|pbx|ucaas|ccaas|cpaas|cloud (?:phone|telephony|pbx)(?: systems?)?|phone systems?|business phones?|telephony(?: apis?)?|softphones?|desk ?phones?|call (?:forwarding|tracking|routing|recording)|phone numbers?|toll[- ]free|10dlc|short ?codes?|number porting|ports?ing`,
		String.raw`(?:voice|calling|sms|messaging|texting) (?:apis?|minutes|plans?|services?|lines?|channels?|traffic|termination|carriers?)|programmable voice|(?:carrier|sip|telecom|telco|trunking) (?:\+|and|&) voice (?:deals?|contracts?)|ivrs?|phone trees?|press (?:1|one)`
	],
	humanCalls: [
		String.raw`human(?:[- ](?:powered|made|verified|generated))? (?:transcription|transcripts|transcribers?|scribes?|note[- ]?takers?|dubbing|voice actors?|captions|subtitles)|transcribed by (?:humans?|people|hand|a person)|(?:their|an|the|someone's) ai (?:meeting )?note[- ]?takers? (?:joined|was on|showed up|recorded|sat in)`,
		String.raw`(?:live |human |24/7 |virtual )?answering services?|(?:live|human|virtual|remote) receptionists?|call cent(?:er|re)s? (?:staff|agents|outsourcing)|(?:outsourced|offshore|nearshore) (?:call|contact|support)|bpos?|(?:human|live) (?:agents?|operators?)|telemarketing|telesales`
	],
	distractor: [
		// People listening to recordings ("staff listen to them Monday"), not a product reading aloud.
		String.raw`(?:staff|lads|the team|they|we|he|she|i) (?:just |then )?listen to (?:it|them)`,
		// How the note itself was made: "[phone dictation, paddington station]", "(voice memo)".
		String.raw`[\[(](?:phone |iphone |voice |car )?(?:dictat(?:ion|ed)|voice memo|voice note)[^\])\n]{0,60}[\])]`,
		String.raw`brand(?:'s)? voice|voice of (?:the )?(?:customers?|employees?|brand|patients?)|vo[ce]|tone[- ]of[- ]voice|(?:a |one |your |their |our )?voice (?:in|at) the (?:room|table)|voice (?:actors?|talent|lessons|coach(?:es|ing)?|memos?)|speech (?:bubbles?|balloons?)|speech(?:,| &| and)? language(?: (?:and|&) (?:feeding|hearing))?(?: therap(?:y|ists?)| patholog(?:y|ists?)| clinics?)?|speech(?:[- ]language)? (?:therap(?:y|ies|ists?)|patholog(?:y|ists?)|clinics?|delays?)|slps?`,
		String.raw`voice[- ]?mails?|vm|transcript (?:excerpts?|below|attached|follows)|(?:email|e-mail|sms|text|ticket) transcripts?|transcripts? (?:from|of) (?:the |their |our |its |a )?(?:(?:website|web|live|support|customer|online) )?(?:chats?|emails?|sms|texts?|tickets?|messages|whatsapp)|(?:academic|school|college|university|student|official|grade|course|degree) transcripts?|transcripts?,? (?:and |& )?(?:grades|diplomas?|degrees?|scholarships?|deadlines)|(?:voice|audio) (?:and|&) (?:data|video)|passive voice|unified voice|speech(?:[- ]language)? (?:therapy|therapists?|patholog(?:y|ists?)|delays?)|give (?:them|you|people|customers|employees) a voice|(?:improves?|improving) speech understanding`
	]
} as const;

/** Phrases that look like cues but are not: "not only records but transcribes", "would like to test". */
export const NOT_CUES = [
	String.raw`without (?:an? |any )?(?:human|person|people|staff|officer|agent|operator|receptionist|anyone|anybody)|(?:wants?|wanted|interested in|keen on|needs?|looking at|evaluating|loved|liked|likes|loves) our|\d{1,2}(?:st|nd|rd|th)? may|may \d{1,2}(?:st|nd|rd|th)?|not only|not just|no matter|no doubt|no[- ]brainer|no[- ]code|(?:we|they|she|he|i)['’]d (?:like|love|want|prefer)|zero[- ](?:shot|touch|latency|config|code|trust|downtime|party|ui)|no[- ]show|not sure yet but|would (?:like|love|want)|(?:loved?|loves|liked?|likes|sold on|keen on|excited (?:about|by)) the idea of|(?:competitors?|store|shop|place|clinic|practice|pharmacy|hospital|office|restaurant|guys|folks) down the road|could(?:n't| not) (?:be happier|wait)|can't wait|might as well`
];

/** Cues that deny what follows them in the clause ("not looking at voice agents"). */
export const NEGATION_BEFORE = [
	String.raw`not|no|never|none|nor|neither|without|zero|nothing|nobody|nein|keine|nada de|ningún|ninguna|sin|não|nao|nunca|geen|niet|n't|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|can't|cannot|couldn't|shouldn't|haven't|hasn't|hadn't|dont|doesnt|didnt|wont|cant|isnt|arent|wasnt|havent|hasnt`,
	// Also a cue after ("voice AI is not a need"): the same phrase is in NEGATION_AFTER.
	String.raw`not need|ruled out|rules out|ignore (?:the|that)|stop (?:sending|pitching|emailing|calling)(?: (?:us|them|her|him|me))?|no (?:plans?|intention|interest|appetite|need|desire|use case|(?:real )?projects?|owner|budget) (?:for|to|in|around|on)|(?:killed|scrapped|shut down|cancell?ed|ended|binned) (?:a|an|the|their|our|its)|not (?:looking|interested|planning|considering|pursuing|ready|going|buying|moving)(?: (?:at|for|in|to|into|on|with))?|instead of|rather than|other than|passed on|declined|excludes?|excluding|(?:got |were |was |been )?burned by|(?:a |an )?(?:bad|poor|terrible|awful|negative) experiences? with|no longer|stopped|decided against|steer(?:ing)? clear of|moved away from|gave up on|drop|drops|dropping|dropped|hates?|hated`
];

/** Japanese cues, also read where they touch an English phrase (reader.ts: readMentions). */
export const JA_NEGATION_AFTER = String.raw`では(?:ない|なかった|ありません)|じゃない|違う|ちがう|不要|いらない|要らない|なし|無し`;
export const JA_PITCH_BEFORE = String.raw`こちらの|弊社の`;

/** Cues that deny what precedes them in the clause ("voice AI is not a priority"). */
export const NEGATION_AFTER = [
	String.raw`(?:(?:is|was|are|were) )?(?:not|no longer|never) (?:a |an |the )?(?:priority|focus|fit|interest|option|need|requirement|thing|consideration|on (?:the|their|our) (?:radar|roadmap|list))`,
	String.raw`n/?a|(?:today )?(?:is |are |was )?(?:text[- ](?:based|only)|chat[- ]only)|(?:isn't|aren't|wasn't|not|never) (?:on|in) (?:the|their|our|my|his|her|your|anyone's|anybody's|any) (?:radar|roadmap|plans?|list|agenda)|not (?:interested|for (?:us|them|now)|needed|wanted|relevant|a fit|ready|happening|urgent|planned)|(?:an? )?(?:odd|poor|bad|wrong|weird|strange) fit|no (?:interest|appetite|need|thanks|thank you|go|dice)|não|nao|geen interesse|niet nodig|no (?:les|le|nos|me) interesa|(?:was |were |got |been )?(?:ruled out|cancell?ed|called off|shelved|parked|deprioriti[sz]ed|killed|scrapped|rejected|declined|off the table|on hold|on ice|a non[- ]?starter|a hard no|dead)|(?:shut|turned|switched) (?:it|that|them|this) (?:down|off)|(?:stopped|killed|ended|scrapped|binned) (?:it|that|them|the pilot)|(?:legal|compliance|it|they|she|he|the board|procurement|exco|leadership) said no|(?:is|are|was) the last thing (?:they|we|she|he|i|anyone) (?:need|needs|want|wants)|pulled the plug|ripped (?:it|that|them) out|(?:they|she|he|we) (?:passed|declined)|hard no|(?:isn't|aren't|wasn't|not) (?:something|anything) (?:they|we|she|he|you)|out of scope|not in scope|(?:explicitly|completely|definitely|strictly|firmly) (?:out|excluded)|nope|(?:will|we'll|they'll|she'll|he'll|i'll|gonna|going to|a (?:polite|soft)) pass`,
	// "…transcripts create a record they don't want.": a want denied where the clause ends.
	String.raw`(?:they|we|she|he|i) (?:don't|do not|doesn't|does not|didn't|did not|dont|doesnt|didnt) (?:want|need)(?= *(?:[.,;!)\n]|$))`,
	// Japanese: "voice AIではない" (is not), "実際は違う" (is not so), "不要" (not needed).
	JA_NEGATION_AFTER,
	// A cross where the clause ends: "音声認識で…系は ×.", "voice bots ✗".
	String.raw`(?:×|✗|✕|❌)(?= *(?:[.,;!)\n]|$))`
];

/** Cues that make what follows a hope, a condition or a maybe rather than a fact. */
export const HEDGE = [
	String.raw`(?:a |one of (?:their|our|the) |their |his |her )?(?:competitors?|competing|rivals?|peers?|another|(?:a|another|one) (?:neighbou?ring|nearby|local|rival|sister|peer)|(?:biggest|main|closest) (?:competitors?|rivals?)) (?:${W} )?(?:\([^)]{1,40}\) )?(?:apparently |reportedly |already |now )?(?:launched|uses?|using|has|have|runs?|running|rolled out|deployed|built|went live with|moved to|switched to|are moving to|is moving to)|(?:some|other|many) (?:${W} )?(?:are|were) (?:moving|switching|going) to`,
	String.raw`(?:saw|seen|heard|watching)(?: about| that| a| an| how)?|read (?:about|that|how|an? (?:article|post|piece|story|review))`,
	String.raw`(?:already|have|had|they've|we've|they'd) ["“]?(?:done|been through) the|happy to|glad to|feel free to|(?:we|they|she|he|i|it|that)['’]d|if|unless|assuming|provided|once (?:the|it's|it is|we|they|legal|finance|approved|signed|that|this)|maybe|should|perhaps|possible|possibly|potentially|might|may|could|would|tried|tested|trialled|trialed|someday|some day|eventually|down the road|in the future|(?:the )?possibility of|long[- ]term|at some point|one day|hypothetically|in theory|maybe (?:next|later|one day)|nice to have|wish ?list|curious|curiosity|wondering|wondered|asked (?:(?:them|him|her|directly|specifically|point[- ]blank|explicitly) ){0,2}(?:about|abt|re|whether|if)|heard about|read about|reading (?:about|up on)|idea of|thinking about|toying with|open to|not sure|unsure|tbd|to be determined|depends|depending|pending`,
	// A worry or a guess is no project: "worried about clients replacing actors with cloned
	// voices", "obvious target for AI outbound agents" (a rep's pre-call prep).
	String.raw`(?:worried|concerned|nervous|anxious) (?:about|that)|(?:afraid|scared) (?:of|that)|(?:obvious|good|great|prime|natural|perfect|ideal|likely|possible|potential) (?:target|candidate|use case|fit|opportunity) for|(?:the |their |his |her )?(?:inbound |web |website |webinar |signup |sign[- ]up |contact |demo request )?form (?:said|says|mentioned|stated)|(?:made|makes) it (?:look|sound|seem) like`
];

/** Cues that make what precedes them a hope or a passing remark ("voice AI: just curious"). */
export const HEDGE_AFTER = [
	String.raw`if (?:legal|finance|procurement|security|the board|leadership|the cfo|the ceo|it(?:'s| is| gets) approved|approved|they get|we get)|on the way|coming soon|in the works|pending|subject to|tbd|not (?:yet )?(?:approved|final|signed)|(?:just |only )?(?:curious|curiosity)|pitch(?:ed)?(?= *(?:[.,;\n]|$))|pitch (?:kiya|kia)|(?:came up )?in passing|came up (?:briefly|once)|nothing planned|no (?:real )?project|not a project|watching(?:, not buying)?|keeping an eye on it|nobody owns (?:it|that)|no owner|someday|some day|maybe (?:next|later|one day)|(?:not|isn't|wasn't) (?:ready|urgent)|down the road|one day|eventually|(?:years|a year|two years|\d+ years) (?:away|out)`
];

/** Rep-voiced verbs: "pitched voice AI", "mentioned our voice agents" report the rep, not the prospect. */
export const REP_PITCH = [
	String.raw`i (?:said|told (?:her|him|them))(?: (?:yes|yeah|sure|we do|we can))?,?|i (?:did |also )?ask(?:ed)? (?:them |her |him )?about|(?:i|we) (?:went in )?hop(?:ing|ed) to|(?:i|we) (?:pitched|mentioned|raised|brought up|showed|demoed|demo'd|suggested|floated|offered|introduced|walked (?:them|her|him) through|positioned|highlighted|explained)|played (?:them |her |him |a |the )*(?:recording|demo|sample|clip)s?|explained (?:that )?(?:we|our)|(?:pitched|demoed|demo'd|demonstrated|showed|shown|flagged|floated|offered|suggested|positioned|upsold|upsell(?:s|ing)?|tried to upsell|cross[- ]?sell(?:ing)?|brought up|mentioned)|(?:rep|sdr|ae|i|we) (?:also )?(?:walked|talked) (?:them |her |him )?(?:through|about)|(?:rep|sdr|ae|i|we) (?:also )?walked (?:[a-z0-9'’&(),-]+ ){1,6}through|walked (?:them|her|him) through|(?:rep|sdr|ae|seller) (?:also )?(?:pitch(?:ed)?|described|introduced|asked about|offered|proposed|raised|mentioned|suggested|showed|demoed|brought up|presented|demonstrated|covered)`,
	// The same in the languages bilingual reps mix into their notes (es, pt, fr).
	String.raw`(?:le |les |lhe |lhes )?(?:mostré|presenté|ofrecí|expliqué|mostramos|presentamos|ofrecimos|mostrei|apresentei|ofereci|mostramos|apresentamos|oferecemos)|(?:j'ai|on a|nous avons) (?:montré|présenté|proposé|démontré)|ik heb|heb ik|aangekaart|tentei|puxei|sugeri|comentei|falei (?:de|do|da|sobre)|perguntei (?:sobre|de|do|da)|intenté|sugerí|comenté|mencioné|pregunté (?:por|sobre)`,
	// Japanese: "こちらの" / "弊社の" (ours, the seller's).
	JA_PITCH_BEFORE
];

/**
 * The seller speaking in notes the rep wrote ("we also offer voice agents", "a one-pager on our
 * voice AI"); in a prospect's transcript line "we" is the prospect, so these do not apply there.
 */
export const SELLER_VOICE = [
	String.raw`we (?:also )?(?:offer|have|sell|provide|support|make|can do)|we do(?= (?:ai|voice|calls?|speech|phone)\b|$)|our(?: own)?|(?:one[- ]?pager|deck|overview|info|case stud(?:y|ies)) (?:on|about|for)`,
	// The rep sending material: "send a short voice-agent overview" is the seller's product.
	String.raw`(?:send|sending|sent|share|sharing|shared|forward|forwarding|email|emailing) (?:(?:them|her|him|over) )?(?:our|(?:a|an|our) (?:short|quick|brief|2-min|two-minute))`
];

/** A meeting set with someone senior: a next step, and a sign that they were not on this call. */
const MEETING_WITH_EXEC = String.raw`(?:(?:pricing|technical|tech|scoping|security|follow[- ]up|solutions?|next|intro) )?(?:call|meeting|mtg|session|demo|sync|review|walkthrough) (?:w/|with) (?:(?:their|the|her|his|our|your) )?(?:cfo|ceo|cto|coo|cio|vp|svp|director|boss|exec(?:utive)?s?|leadership|board|owner|founder)`;

/**
 * Saying what a company does ("AuroraField builds an AI agent that…", "we build AI phone
 * ordering"): Voice AI after these is the company's product, not a project of the call.
 */
export const OWN_PRODUCT = [
	String.raw`(?:builds|offers|sells|makes|develops|provides|is building|are building)|(?:we|you|they) (?:build|offer|sell|make|develop|provide)|(?:our|their|your) (?:core )?(?:product|platform|app) (?:is|does)`
];

/** Progression facts; each maps onto one stage of budget, timeline, authority, incumbent, next step. */
export const PROGRESSION = {
	budgetApproved: [
		// The same in the languages bilingual reps mix into their notes (es, pt, fr).
		String.raw`(?:budget|presupuesto|orçamento|budgétisé|le budget)(?: ya| já| est)? (?:aprobado|aprovado|approuvé|asignado|validé)`,
		String.raw`budget(?:'s| is| was| has been| already| now)* ?(?:approved|allocated|secured|signed[- ]off|earmarked|set aside|in place|locked(?: in)?|confirmed|available|there|committed|released|ringfenced|ring[- ]fenced)`,
		String.raw`(?:approved|allocated|secured|signed[- ]off|earmarked|committed|dedicated|existing|confirmed|available) (?:\$[\d.,]+[km]? )?(?:budget|spend|funds|funding)`,
		String.raw`(?:\$|money|funds|funding|dollars|spend)(?:'s| is| was| has been| already| should be)* ?(?:set aside|earmarked|approved|allocated|committed|in place|there|signed off)|po (?:is )?(?:ready|issued|approved|raised|cut)|purchase order|sign[- ]?off on the (?:spend|budget)|procurement (?:is )?(?:just )?waiting on|(?:can|will) issue a po`,
		String.raw`(?:cfo|ceo|coo|finance|board|leadership|the owner|management|exec(?:utive)?s?) (?:has |have |already )?(?:approved|signed off(?: on)?|earmarked|set aside|allocated|green[- ]?lit|greenlit|okayed|ok'd|funded|blessed)`,
		String.raw`(?:we|they|she|he) (?:have|has|got|'ve got) (?:the |a |an |approved |dedicated )?budget|(?:has|have|got|with) (?:the |a |an |approved |dedicated )?budget(?: for (?:this|it))?|(?:budget|\$|money|pricing|price)(?: is)? (?:ok|okay|good|fine|yes|✓|✅|no issue|not an issue|not a problem)|(?:fully |already )funded|money (?:is|'s) there|(?:\$|usd ?)(?!0 )[\d.,]+[km]? (?:approved|budget|earmarked|allocated|set aside)|\d[\d.,]*[km] (?:is |already )?(?:approved|earmarked|allocated|set aside)|(?:got|have|has) (?:something|money|funds|cash|some money) (?:set aside|earmarked|budgeted)`,
		String.raw`(?:budget|pricing|price|cost|money|spend) (?:is |was |wasn't |isn't |not )*(?:a |an )?(?:non[- ]?issue|no issue|not (?:an? )?(?:issue|problem|concern|blocker|the (?:issue|problem|blocker)))|(?:budget|pricing|price|cost|money) (?:isn't|wasn't|is not|was not|aren't) (?:an? |the )?(?:issue|problem|concern|blocker|constraint)`
	],
	budgetPlanned: [
		String.raw`(?:budget|money|funds|funding|\$) (?:should|will|would|could|might) be (?:there|available|approved|fine|ok|found|freed up)|should have (?:the )?budget`,
		String.raw`budget(?:ed)? (?:is |was )?(?:planned|pending|being (?:drafted|built|finali[sz]ed)|requested|in (?:the )?(?:plan|works|process)|for (?:next|this) (?:quarter|year|fy|fiscal|half)|cycle|season|request|line)`,
		String.raw`(?:line item|budgeted|in (?:the |next |this |their )?(?:year's |fy\d* |annual |q\d )?(?:budget|plan|planning))`,
		String.raw`(?:needs?|requires?|pending|awaiting|waiting on|subject to) (?:cfo|finance|board|budget|procurement|exec(?:utive)?|leadership|owner|management)(?:'s)? (?:approval|sign[- ]?off|review)`,
		String.raw`(?:planning|plan) (?:to )?(?:budget|allocate|spend)|fy\d{2,4} budget|next fy|next fiscal(?: year)?|(?:in|within) (?:their |the )?(?:range|budget)|pricing (?:looked |looks |seemed |is |was )?(?:fine|ok|okay|acceptable|reasonable|in range)`,
		// A stated amount is a budget being planned: "budget ~$8-10k/mo", "budget roughly GBP 40k
		// per year", "~GBP 300/mo", "about USD 60k for the season", "capital budget includes …".
		String.raw`budget(?: range| line| ceiling| cap)?(?::| =| of| is| was)? ?["“']?(?:of |is |was |around |about |roughly |approx(?:imately|\.)? |up to |~ ?|ceiling ~? ?|cap ~? ?)*${CURRENCY}?\d[\d.,]*(?: ?[km])?|budget (?:includes|covers|has room for)`,
		// Further off, or without a currency, an amount needs a k or m and its period: "budget he
		// said around 2k a month", "bring pricing for 40k a month", "call it 5k a month".
		String.raw`budget ${GAP(3)}(?:around |about |roughly |approx(?:imately|\.)? |~ ?)?${CURRENCY}?\d[\d.,]*(?: ?- ?\d[\d.,]*)? ?[km]\b|(?:pricing|price|pay|paying|spend|spending|call it|looking at) (?:for |of |up to |around |about |roughly |~ ?)?${CURRENCY}?\d[\d.,]*(?: ?- ?\d[\d.,]*)? ?[km] ?(?:/|per |a )(?:mo|month|yr|year|annum|quarter)`,
		String.raw`(?:can|could|will|would|able to|happy to|prepared to|willing to) (?:spend|invest|pay) (?:up to |around |about |roughly |~ ?)?${CURRENCY}?\d[\d.,]*(?: ?[km])`,
		String.raw`budget ${GAP(4)}(?:about |around |roughly |like |maybe |r |rs )?${SAID_AMOUNT}`,
		// "3-5k/mo is fine", "$ ~600/mo ok", "$45,000 over two years": amounts a budget is written in.
		String.raw`\$ (?:~ ?)?\d[\d.,]*(?: ?- ?\d[\d.,]*)? ?k? ?(?:/|per )(?:mo|month|yr|year)|(?:~ ?|about |around |roughly |approx(?:imately|\.)? )?\d[\d.,]*(?: ?- ?\d[\d.,]*)? ?k? ?(?:/|per )(?:mo|month|yr|year) (?:is |are |would be |seems |sounds )?(?:fine|ok|okay|doable|in range|no problem|affordable)|${CURRENCY}\d[\d.,]*(?: ?[km])? over (?:the next )?(?:two|three|2|3|\d+) years`,
		// An amount set aside or capped, in figures or words: "set aside roughly ninety thousand",
		// "if it's under two grand a month".
		String.raw`(?:set aside|allocated|earmarked|ring[- ]?fenced)[ ,]+${GAP(2)}(?:about |around |roughly |approx(?:imately|\.)? |~ ?|up to )?(?:${CURRENCY}?\d[\d.,]*(?: ?[km])?|${SAID_AMOUNT})|(?:under|below|less than|up to|no more than) ${SAID_AMOUNT} (?:a|per) (?:month|year)`,
		String.raw`\d[\d.,]*(?: ?[km])? (?:euros?|dollars|pounds|quid|francs|kroner|kronor|rupees|rand|reais|pesos|yen) (?:a|per|/) ?(?:month|mo|year|yr|annum|quarter)`,
		String.raw`(?:~ ?|about |around |roughly |approx(?:imately|\.)? )?${CURRENCY}\d[\d.,]*(?: ?[km])?(?: ?- ?${CURRENCY}?\d[\d.,]*(?: ?[km])?)?(?: ?(?:/|per |a )(?:mo|month|yr|year|annum|quarter|season)|(?: for the| per| a| this| next) (?:\d{4}(?:[-–/]\d{2,4})? )?(?:season|year|quarter|fy))`
	],
	budgetNone: [
		String.raw`\$0 (?:set aside|budget|allocated|earmarked)(?: for (?:comms|communications|this|it))?|\$0(?![.,]\d)|zero (?:budget|dollars|\$)|nothing (?:set aside|budgeted|earmarked|allocated)|(?:spend|spending|hiring|budget) freeze|(?:cut|cutting|cuts) everything|money is (?:a|the) (?:problem|issue)|(?:don't|do not|doesn't|does not|didn't) have (?:a |the |any )?(?:budget|money|funds)(?: line)?`,
		String.raw`no (?:\$|money|funds?|funding|budget|spend|cash|dollars?)(?: (?:for|this|until|allocated|set aside|available|approved|yet|left|right now))*`,
		String.raw`budget(?::| is| was| has been)? ?(?:frozen|freeze|cut|slashed|zero|gone|tight|constrained|exhausted|spent|nonexistent|non[- ]existent|none|0|n/a)`,
		String.raw`(?:can't|cannot|couldn't|can not) afford|too (?:expensive|pricey|costly)|(?:balked|baulked|choked|flinched) at|sticker shock|price[- ]sensitive|cheapest|free (?:tier|plan|version|option)|(?:looking|want(?:s|ed)?) for free|shoestring|bootstrapped|cost[- ]cutting|spending freeze|hiring freeze|(?:out of|over) (?:their |the )?budget|(?:price|pricing|cost) (?:was |is )?(?:too high|a (?:problem|blocker|concern|dealbreaker|deal[- ]breaker))`
	],
	budgetUnclear: [
		String.raw`(?:budget|pricing|cost|money|\$|spend)(?:'s)? (?:didn't|did not|never|wasn't|was not|not) (?:really )?(?:come up|discussed|covered|talked about)|(?:didn't|did not|never|haven't|have not|hasn't) (?:really )?(?:get to|got to|discuss|discussed|talk about|talked about|cover|covered) (?:\$|budget|pricing|price|money|cost|spend)(?: internally)?|(?:not sure|unsure|no idea|don't know|do not know|couldn't say|could not say)(?: yet)? (?:if|whether|where|what|how much)(?: (?:they|we|there's|there is|the budget|we'd))?(?: (?:have|has) (?:a |the |any )?budget)?|(?:that's a |a )?finance question|(?:have|had) to check what (?:we|they) have`,
		String.raw`budget(?::| is| was)? ?(?:unclear|unknown|tbd|not (?:discussed|clear|known|confirmed|set)|undetermined|fuzzy|murky|a question mark|\?)|(?:didn't|did not|never) (?:get to|discuss|talk about|cover) (?:budget|pricing|price|money|cost)|no (?:idea|clarity) (?:on|about) (?:budget|pricing|price|spend)`
	],
	timeNow: [
		String.raw`asap|a\.s\.a\.p\.?|urgent(?:ly)?|urgency|immediately|right away|this week|(?:up against|hard|fixed|firm) (?:a )?(?:hard )?(?:date|deadline)|by (?:friday|monday|tomorrow|end of (?:the )?week|eow)|(?:in|within) (?:a |one |two |three |\d+ )?days?|fire drill|hard deadline|burning (?:issue|need|problem|pain|platform|priority)|yesterday|time[- ]sensitive|top priority|(?:#1|number one|no\. ?1) priority|critical path`
	],
	timeSoon: [
		String.raw`this (?:quarter|qtr|month)|eoq|eom|end of (?:the |this )?(?:quarter|qtr|month)|next (?:month|week|few weeks|couple (?:of )?(?:weeks|months))|(?:in|within|over) (?:the next )?(?:a |one |two |three |four |six |eight |a few |a couple (?:of )?|\d+ )?(?:weeks?|wks?)|(?:next|in the next) (?:\w+,? ){1,2}(?:weeks|wks)|(?:in|within) (?:a |one |two |three |1 |2 |3 |the next )?(?:months?|mos?)\b|(?:by|before) (?:the )?(?:holidays?|thanksgiving|christmas|xmas|black friday|cyber monday|peak(?: season)?|busy season|open enrollment|tax season|renewal|year[- ]end|end of (?:the )?year|eoy|new year|summer|back[- ]to[- ]school)|go[- ]?live (?:in|by|date|target)|launch(?:ing)? (?:in|by|date)|(?:tight|aggressive|firm|fixed) (?:timeline|deadline|date)|deadline|30[- ]day|60[- ]day|90[- ]day|(?:30|60|90) days`
	],
	timeLater: [
		String.raw`once (?:the )?(?:peak|busy|holiday) season (?:is )?over|next[- ]fy`,
		String.raw`next (?:year|fy|fiscal(?: year)?|budget (?:cycle|year))|(?:second|back) half|h2|later (?:this|in the) year|(?:in |within )?(?:six|6|nine|9|twelve|12|eighteen|18) (?:months?|mos?)|(?:a|one) year (?:out|away|from now)|(?:twelve|12)\+? months|long[- ]term|down the (?:road|line)|eventually|someday|some day|(?:after|post)[- ]?(?:the |their )?(?:migration|merger|acquisition|audit|re-?org|reorg|rollout|busy season|peak|holidays|contract|renewal|launch|rebrand|funding|raise|board meeting)|(?:later|next) (?:phase|stage)|phase (?:2|two)|revisit|reconnect (?:in|next|after)|not (?:this|until next) (?:year|quarter)`
	],
	timeNone: [
		String.raw`(?:not|isn't|aren't) in (?:any|a|much of a) (?:rush|hurry)|in no (?:rush|hurry)|(?:couldn't|can't|won't|wouldn't) (?:give (?:you |us )?|commit to )?a date|(?:we're|we are|they're|they are|still) (?:early|very early)`,
		String.raw`no (?:timeline|deadline|rush|hurry|urgency|timeframe|time ?frame|set date|target date|date)|(?:just|only) (?:exploring|browsing|looking|researching|curious|gathering info(?:rmation)?|kicking tires|window shopping)|(?:tyre|tire)[- ]?kick(?:ing|er|ers)?|open[- ]ended|not urgent|no pressure|whenever|(?:early|initial) research|research (?:phase|mode|stage)|information gathering`
	],
	timeUnclear: [
		String.raw`timeline (?:is |was )?(?:unclear|unknown|tbd|fuzzy|not (?:discussed|set|clear|defined))|timing (?:is |was )?(?:unclear|tbd)`
	],
	/** A month or quarter the clause points at; resolved against the call date. */
	monthRef: [
		String.raw`(?:in|by|before|until|till|til|starting|start of|from|after|early|mid|late|end of|beginning of|through|thru|around|for|targeting|target|come|q\d in) (?:early |mid |late |mid-)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:[ ,]+20\d\d)?`,
		// Said, not written: "so march ish", "april-ish".
		String.raw`(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|august|sept(?:ember)?|october|november|december)[- ]?ish`
	],
	quarterRef: [String.raw`q[1-4](?:[ '’-]*(?:20)?\d{2})?|h1(?:[ '’-]*(?:20)?\d{2})?`],
	/** A year named alone ("in 2027", "until 2028"); later than the call's year reads as later. */
	yearRef: [String.raw`20[2-4]\d`],
	/** A day or time a meeting can be set for. */
	when: [
		String.raw`(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?|weds|tomorrow|tmrw|next (?:week|wk)|next (?:monday|tuesday|wednesday|thursday|friday|mon|tues?|wed|thu|thurs|fri)|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}(?: ?(?:et|pt|ct|mt|est|pst|cst|gmt|bst|cet))?`,
		// A calendar day as people write it: "21 Apr", "Sept 2", "on 20 October", "the 14th",
		// "22.07.", "10 Uhr", and weekdays in the languages of the team's notes.
		String.raw`\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|dez|janv|févr|avr|mai|juin|juil|août|déc|mär|okt|maart|mei)[a-zéû]*\b|(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b|the \d{1,2}(?:st|nd|rd|th)\b|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d{1,2}\. (?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*\b|\d{1,2} uhr|(?:lunes|martes|miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|montag|dienstag|mittwoch|donnerstag|freitag|segunda|terça|quarta|quinta|sexta)(?:-feira)?`
	],
	/** Meetings a next step can be. */
	meeting: [
		MEETING_WITH_EXEC,
		String.raw`(?:pricing|technical|tech|scoping|security|procurement|legal|follow[- ]up|solution|solutions) (?:call|session|review|meeting|workshop|deep[- ]?dive)`,
		String.raw`demo|deep[- ]?dive|workshop|pilot|poc|trial|walk[- ]?through|scoping|kick[- ]?off|kickoff|onsite|on[- ]site|handoff|hand[- ]off|presentation|review|ae|se|account exec(?:utive)?|sales engineer`
	],
	/** Words for any meeting, this call included: a next step only under "Next steps". */
	meetingGeneric: [String.raw`meeting|mtg|call|session|sync|intro|discovery|chat|catch[- ]?up`],
	authoritySenior: [
		String.raw`i (?:approve|sign off)|(?:she|he) (?:approves|signs off)|(?:i|she|he) owns? the (?:company|business|agency|firm|practice|clinic|shop|store|restaurant|group)|(?:can|will|gets to) sign|owns? (?:the )?(?:budget|decision|p&l)|makes? the (?:call|decision)|(?:it's|it is) (?:my|her|his|their) (?:call|decision)|decision (?:sits|rests|lies) with|exec(?:utive)? sponsor|i (?:decide|sign)|my decision`,
		String.raw`c[- ]?(?:suite|level)|c [eftoi] o|cto|ceo|coo|cfo|cio|cmo|cro|cco|cdo|cxo|ciso|cpo|chief (?:[a-z]+ )?(?:officer|of staff)|(?:s|e)?vp|vice[- ]president|head of|founders?|co[- ]?founders?|(?:business|practice|franchise|company|store|shop|clinic|restaurant|agency|firm) owners?|owner[/-](?:operator|ceo|founder)|owner \([a-z .]+\)|the owner|president|(?:managing |executive |senior )?directors?|dir\.?|general manager|gm|managing partner|superintendent|commissioner|administrator of|decision[- ]?makers?|dm|econ(?:omic)? buyer|budget (?:owner|holder)|signs? the (?:contract|check|deal|po)|(?:final|last) (?:say|word)|signing authority|holds? the (?:budget|pen|purse)`
	],
	/** A decision maker named but not on the call: the attendee is a champion. */
	authorityElsewhere: [
		MEETING_WITH_EXEC,
		String.raw`(?:take|takes|taking|run|runs|bring|brings|pass|passes|loop|loops|looping|forward|share|shares|escalate|escalates) (?:it |this |that |them )?(?:to|by|in|past|with) (?:my|their|his|her|the|our|your) (?:vp|svp|director|cfo|ceo|cto|coo|head|leadership|leadership team|exec(?:utive)?s?|exec team|board|owner|founder)`,
		String.raw`(?:needs?|requires?|pending|awaiting|waiting on|subject to) (?:a |the |their |her |his )?(?:vp|cfo|ceo|cto|coo|director|exec|board|owner|founder)(?:'s)? ?(?:sign[- ]?off|approval|ok|blessing)?|(?:dm|decision[- ]maker|economic buyer|buyer) (?:is|=) (?:their|her|his|the) (?:vp|cfo|ceo|cto|coo|director|head|owner|founder)|(?:a|the|their|her|his|my) (?:vp|cfo|ceo|cto|coo|director|exec) (?:signs?|decides|approves|owns)|(?:economic buyer|decision[- ]maker|dm|exec|vp) (?:was not|wasn't|not|was absent|didn't join)|will push(?: for it)? internally|push (?:for it )?internally|can influence|not (?:my|her|his|their|\w+'s) call alone|(?:be the one )?recommend(?:ing|s)? it|make the case|influencer`
	],
	authorityChampion: [
		String.raw`(?:senior |sr\.? |lead |staff |principal )?(?:manager|mgr|lead|supervisor|champions?|engineer|developer|dev|architect|product manager|pm|specialist|admin|administrator|owner of (?:the )?(?:project|initiative)|team lead|it (?:manager|lead|admin))`
	],
	/** Said outright: nobody with authority was on the call. Beats a champion's title. */
	authorityNone: [
		String.raw`(?:set up time|meet|connect|a call) with (?:your|their|her|his) (?:manager|boss|supervisor|team lead)`,
		String.raw`(?:take|takes|taking|run|runs|bring|pass|passes|loop|loops|looping|forward) (?:it |this |that |them )?(?:to|by|in|past|on to|with) (?:(?:my|their|his|her|the|our|your) )?(?:boss|manager|mgr|management|mgmt|supervisor|team lead)|gatekeeper|info(?:rmation)? gathering|gathering info(?:rmation)?|(?:has |have )?no say|not up to (?:me|her|him|them)|(?:way )?above (?:me|her|him|my pay grade)|can't (?:really )?decide|(?:pretty )?new (?:here|hire|to the role)|(?:just )?gathering info(?:rmation)? for|whoever owns|couldn't get to (?:mgmt|management|the dm|a decision[- ]maker)|(?:isn't|is not|not) (?:the |a )?(?:decision[- ]?maker|dm|buyer)|nobody with (?:buying|purchasing) authority|no (?:authority|decision[- ]?makers?|dm)|(?:can't|cannot|doesn't) (?:sign|decide|buy)|(?:just )?gathering info(?:rmation)? for (?:her|his|their|my) (?:boss|manager|vp|team)|reports? to someone who|no (?:buying|purchasing) power`
	],
	authorityJunior: [
		String.raw`interns?|students?|grad(?:uate)? students?|phd(?: students?| candidates?)?|researchers?|research (?:project|assistants?)|thesis|school project|class project|coursework|junior|jr\.?|(?:marketing |sales |office |admin(?:istrative)? )?(?:assistants?|coordinators?|associates?)|analysts?|job[- ]?(?:seeker|hunting)|(?:personal|hobby|side) project`
	],
	incumbentLocked: [
		String.raw`no exit clause|no plans to (?:move|switch|leave|change)|(?:pretty |very |quite |really )?(?:happy|satisfied|content) with|switching (?:off|from|away from) ${GAP(2)}would be|runs? on ${W} and (?:they |we )?(?:have no|no) plans`,
		String.raw`locked (?:in|into)|lock[- ]in|(?:just |recently )?re[- ]?(?:newed|signed|upped)|under contract|(?:signed|in) (?:a |an )?(?:multi|two|three|four|five|2|3|4|5)[- ]?(?:year|yr) (?:deal|contract|agreement|term)|multi[- ]year (?:deal|contract|agreement)|contract (?:runs|goes|is up|ends|expires|lapses|until|through|till|thru) (?:until |through |till |in |thru )?(?:20(?:2[7-9]|3\d)|next year)|(?:until|through|till|thru) 20(?:2[7-9]|3\d)|(?:happy|satisfied|content|fine|good) with (?:their |our |the |what (?:they|we) have|current|existing)|switching costs?|(?:too )?(?:painful|hard|costly|expensive) to (?:switch|migrate|move|rip)|(?:not|no|won't be|isn't) (?:switching|ripping|replacing|moving off|leaving)|(?:standardi[sz]ed|all[- ]in) on|(?:enterprise|global) (?:agreement|contract) with`
	],
	incumbentEvaluating: [
		String.raw`(?:unhappy|frustrated|fed up|annoyed|disappointed|done) w/|renewal (?:is )?(?:coming up|due|soon)|up for renewal|shopping around|looking around|want(?:s)? options|(?:has been |have been |is )?(?:pretty )?(?:bad|terrible|awful|unreliable|flaky) lately`,
		String.raw`evaluating|comparing|shortlist(?:ed|ing)?|bake[- ]?off|rfp|rfi|rfq|vs\.?|versus|alternatives?|(?:unhappy|frustrated|fed up|annoyed|disappointed|done) with|(?:issues|problems|trouble|outages?) with|(?:replac(?:e|ing)|switch(?:ing)? (?:from|off)|moving (?:off|away from)|migrat(?:e|ing) (?:off|from|away from)|churning from|ditch(?:ing)?) (?:their |our |the )?(?:current |existing |legacy |old )?(?:vendor|provider|system|platform|setup|solution|tool|contract)|contract (?:is )?(?:up|ending|expiring|ends|expires|lapses|renewal) (?:in|this|next|soon)|(?:out of|ending) contract|talking to (?:other|a few|several) vendors|(?:other|competing) vendors?|also (?:talking|speaking) (?:to|with)|second opinion`
	],
	incumbentNone: [
		String.raw`(?:all|everything(?:'s| is)) manual(?:ly)?(?: (?:rn|today|now))?|manual(?:ly)? (?:rn|today|right now)|done manually|by hand today|(?:don't|do not) have anything(?: today| in place)?|built (?:something|it|our own|their own) (?:ourselves|themselves|in[- ]house)`,
		String.raw`no (?:current |existing )?(?:provider|vendor|solution|tool|system|platform)|greenfield|green[- ]field|from scratch|(?:built |build |done |handled |all )?in[- ]house|nothing in place|first (?:time|vendor|tool)|(?:manual(?:ly)?|by hand|spreadsheets?) today`
	],
	nextConcrete: [
		String.raw`(?:demo|reunión|llamada|cita|réunion|reunião)(?: (?:con|com|avec) (?:el |la |o |a |l')?(?:ae|${W}))? (?:agendada|programada|confirmada|agendado|programado|confirmado|planifiée|confirmée|marcada)|(?:invite|invitación|convite|invitation) (?:aceptad[oa]|aceito|acceptée)`,
		String.raw`(?:demo|deep[- ]?dive|workshop|pilot|poc|proof of concept|trial|meeting|mtg|call|session|walk[- ]?through|review|scoping|kick[- ]?off|kickoff|onsite|on[- ]site|sync|follow[- ]?up|f/u|intro|handoff|hand[- ]off|presentation|pricing call|technical call|tech call|discovery|evaluation|eval)s? (?:(?:with|w/) (?:[^\s,.;:()]+ ){1,3})?(?:is |was |has been |now |already |got |are |were )*(?:booked|scheduled|set(?: up)?|confirmed|on (?:the )?(?:cal(?:endar)?|books)|locked(?: in)?|accepted|arranged|planned for|lined up|in place|agreed|held|calendared)`,
		String.raw`(?:booked|book|booking|scheduled|schedule|scheduling|set up|setting up|confirmed|locked in|lock in|arranged|lined up|line up|calendared) (?:a |an |the |our |their |time for (?:a |an )?|in (?:a |an )?)?(?:\w+[- ]){0,3}(?:demo|deep[- ]?dive|workshop|pilot|poc|trial|meeting|mtg|call|session|walk[- ]?through|review|scoping|kick[- ]?off|kickoff|onsite|follow[- ]?up|f/u|intro|handoff|presentation|time)`,
		String.raw`(?:sent|send|sending|accepted|got) (?:a |an |the |over )?(?:cal(?:endar)? (?:invite|hold|inv)|invite|meeting invite|calendar link|invitation)|(?:cal(?:endar)?|meeting) (?:invite|hold|inv)s? (?:sent|out|accepted|in)|invite (?:sent|out|accepted)|cal hold`,
		String.raw`(?:ae|account exec(?:utive)?|se|sales engineer|solutions? (?:engineer|architect|consultant)) (?:intro|handoff|hand[- ]off|meeting|call|deep[- ]?dive|demo|session|proposal|pricing(?: call)?|pilot|scoping|security review|booked|scheduled|joining|to join|will join|(?:is )?looped in|takes? (?:it )?over)|(?:intro(?:duced|ducing)?|hand(?:ed|ing)? (?:off|over)|passed|passing|looped|looping|handoff|hand-off) (?:to|in|with) (?:the |our |an? )?(?:[a-z]+ \(?)?(?:ae|account exec(?:utive)?|se|sales engineer|solutions?)|(?:ae|se) \+ (?:se|ae)|sql(?:'d)?|sales[- ]qualified|accepted by (?:the )?ae|moved to (?:stage|opp|opportunity)|opp(?:ortunity)? (?:created|opened)`,
		String.raw`(?:let's|lets|let us) (?:get|book|set up|schedule|start|kick off|do) (?:the |a |an )?(?:pilot|poc|trial|deep[- ]?dive|demo|workshop|paperwork|session|technical|call|meeting|next)`,
		String.raw`(?:(?:i|we) (?:booked|scheduled)(?: (?:you|them|her|him|it|the ae|an? ae))?|(?:booked|scheduled) (?:you|them|her|him)(?: in)?) (?:for |on )?(?:next )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thurs|fri|tomorrow)|(?:said|say|says) yes to (?:a |an |the )?(?:call|meeting|demo|follow[- ]?up|next call)|forward(?:ed|s)? (?:my |the |our |an? )?(?:cal(?:endar)? )?invite|accepted (?:the |my |our |your |his |her |their |an? )?(?:cal(?:endar)? )?(?:invite|invitation)|booked in with|(?:booked|scheduled) with (?:the |our |an? )?(?:ae|account exec(?:utive)?)\b`,
		// "Sophie's got them Tue", "Priya has them Wed at 2", "their AE is calling us Tuesday",
		// "he has the invite", "Invite coming.".
		String.raw`(?:got|has|have) (?:them|him|her) (?:booked )?(?:for |on )?(?:next )?(?:mon|tue|wed|thu|fri)[a-z]*\b|(?:ae|account exec(?:utive)?) (?:is |will be )?(?:calling|ringing|meeting|seeing) (?:us|them|you|me) (?:on )?(?:next )?(?:mon|tue|wed|thu|fri|tomorrow)[a-z]*\b|(?:he|she|they|ae) (?:has|have|got) (?:the |an )?(?:thread (?:\+|and|&) )?(?:cal(?:endar)? )?invite|invite (?:coming|on (?:its|the) way|to follow|going out)|(?:has|have|got) (?:a |the )?(?:call|meeting|demo|session) (?:with (?:${W} ){1,4}(?:and (?:${W} ){1,3})?)?(?:on )?(?:next )?(?:mon|tue|wed|thu|fri)[a-z]*\b|(?:ae|account exec(?:utive)?) (?:has|took|owns|accepted) (?:it|this|them)\b|accepted the (?:lead|handoff|hand-off|opp(?:ortunity)?)`,
		// "booked Sam w/ Mike Thu 3/12", "let me get you with Sam, our AE": the rep hands the lead over.
		String.raw`(?:booked|scheduled) [a-z]+ (?:w/|with)|(?:get|getting|got) (?:you|them|her|him) (?:with|in front of) (?:[a-z]+,? )?(?:our |the |an )?(?:ae|account exec(?:utive)?)`,
		// "booked you for 3 March, 10am", "booked for you Friday 11am", "booked Tue 3/3 14:00".
		String.raw`(?:booked|scheduled)(?: for)?(?: (?:you|them|her|him))?(?: in)?(?: for| on)? (?:next )?(?:(?:mon|tue|wed|thu|fri)[a-z]*\b|\d{1,2}(?:/\d{1,2}|:\d{2}| ?[ap]m\b|(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2})`,
		String.raw`(?:pilot|poc|trial|proof of concept) (?:sow|plan|scope|agreement|contract|kickoff|kick[- ]off|starts?|starting|begins?|launch(?:es)?|go(?:es)? live)|(?:sow|msa|nda|dpa|baa|order form|redlines?|contract|proposal|quote|pricing proposal|mutual action plan|map) (?:drafted|sent|out|in review|requested|under review|signed|to legal|with legal|going out|due|being drafted)|(?:send|sending|draft|drafting|sent) (?:the |a |an |over )?(?:sow|msa|nda|dpa|baa|order form|contract|proposal|quote|mutual action plan)|(?:asked|asks|requested) (?:us )?for (?:a |an |the )?(?:proposal|quote|sow|contract|order form|msa|pilot|poc|trial|security review|pricing proposal)|security (?:review|questionnaire|assessment) (?:started|underway|kicked off|in progress|scheduled|sent)|procurement (?:started|kicked off|engaged|involved|process)|(?:agreed|committed|signed up) to (?:a |an |the )?(?:pilot|poc|trial|follow[- ]?up|demo|next call|deep[- ]?dive|workshop|proposal|meeting|call)|next (?:meeting|call|step) (?:booked|scheduled|set|is (?:a|the) (?:demo|deep|workshop|pilot|pricing))|(?:bringing|will bring|looping in|loop in|inviting) (?:their |her |his |the )?(?:cfo|cto|ceo|coo|vp|it(?! up)|security|legal|procurement|team|boss|director|head|engineers?)`
	],
	nextVague: [
		String.raw`no (?:meeting|call|demo|next steps?|follow[- ]?up|f/u)s? (?:booked|scheduled|set|agreed) yet`,
		String.raw`(?:send|sending|sent|share|sharing|shared|email|emailing|emailed) (?:over |them |her |him |along )?(?:some |the |a |an |our |more |public )?(?:info(?:rmation)?|deck|one[- ]?pager|case stud(?:y|ies)|pricing|price list|rates|docs|documentation|materials?|collateral|brochure|overview|links?|resources|details|recording|recap|summary|white ?paper|checklist)`,
		String.raw`(?:check|checking) (?:back|in)|circle back|circling back|touch base|(?:follow|f/u|following)[- ]?(?:up )?(?:in|next|after|later|around|once|when)|(?:will|they'll|she'll|he'll|they will|she will|he will|to) (?:reach out|get back|ping|loop back|come back|let us know|be in touch|think about it|discuss internally|review internally)|nurture|keep in touch|stay in touch|left it with (?:them|her|him)|(?:send|shoot|email) (?:me|us|over)(?: over)? (?:the |some |a |your )?(?:deck|case stud(?:y|ies)|info|pricing|docs|details|one[- ]?pager)|get back to (?:you|us)|talk again|have a look|digest (?:this|it)|(?:add(?:ed)?|put) (?:them |her |him )?(?:to|on|in) (?:the )?(?:newsletter|nurture|drip|sequence|list)|no (?:firm|concrete|specific) (?:next steps?|date|meeting)|tentative|soft (?:follow|next)|reconnect|touch back`
	],
	nextNone: [
		String.raw`(?:will|they'll|we'll|she'll|he'll|just) reach out if|if anything changes|(?:my |the )?door(?: is|'s) open|ball(?:'s| is)? in (?:their|your) court|leave (?:the ball|it) (?:in|with)|not the right (?:moment|time)|(?:don't|do not) (?:think (?:we|they) )?need another (?:call|meeting)|leave it there|nurture only|mov(?:e|ing|ed) (?:this |it )?to nurture|closed out|get in touch whenever|whenever (?:the )?timing is better|nothing scheduled`,
		String.raw`no (?:ae|sales) (?:mtg|meeting|call|demo)s?(?! yet)|no (?:near[- ]term |immediate )?(?:ae|sales) (?:engagement|handoff|hand[- ]off)|(?:do not|don't) (?:book|advance|progress|push for) (?:the |an |a )?(?:ae|stage|deal|opp(?:ortunity)?|meeting)|no (?:mtg|meeting|call|demo)s? (?:with|w/) (?:the |an )?ae(?! yet)|next steps?:? (?:none|n/a|nothing|not applicable)|referred (?:them |her |him )?(?:to|elsewhere)`,
		String.raw`no (?:next steps?|follow[- ]?ups?|f/u|further (?:action|contact|steps?)|meeting|call)(?!(?: (?:scheduled|booked|set|agreed|planned|needed))? yet)(?: (?:scheduled|booked|set|agreed|planned|needed))?|(?:went|gone|going) (?:dark|silent|quiet)|never (?:got )?(?:confirmed|booked|scheduled|on the calendar)|ghost(?:ed|ing)|no[- ]show(?:ed)?|dq(?:'d|ed)?|disqualif(?:y|ied|ying)|closed[- ]lost|(?:not|bad|wrong|poor|no) (?:a )?fit|(?:don't|do not) (?:call|contact|email)|unsubscribe|dead end|dead lead|(?:not|never) (?:going to|gonna) (?:buy|move|happen)|competitor (?:fishing|doing research|research)|lost (?:it |the deal |out )?to (?:a |the |another )?(?:competitor|vendor|incumbent|rival)|(?:they |we )?went with (?:a |the |another )?(?:competitor|vendor|rival)|not what we (?:do|sell|offer)|(?:parking|parked) (?:it|this|the (?:deal|opp(?:ortunity)?|lead))|(?:they're|they are|it's|is) a competitor|fishing for (?:info|pricing)`
	],
	/** Integration-level questions: APIs, SDKs, webhooks, CRMs. */
	technical: [
		String.raw`(?:status )?callbacks?|ios|android|hooks? into|integrates?|sfdc|delivery receipts?|apis?|rest api|graphql|webhooks?|sdks?|integration|integrations|integrate|sso|saml|oauth|json|python|node|pms|ehr|emr|crm|erp|salesforce|hubspot|zendesk|epic ehr|cerner|dentrix|streaming|llm`
	],
	/** Engineering depth: latency, failover, architecture, compliance, scale. */
	technicalDeep: [
		String.raw`retr(?:y|ies)|idempoten(?:t|cy|tly)|p9[59]|fail ?over|pin data|regions?|latency|milliseconds|codecs?|architecture|arch|sip|websockets?|grpc|rate limits?|data residency|kafka|event[- ]driven|soc ?2|hipaa|pci|gdpr|iso ?27001|on[- ]prem|vpc|byok|encryption|throughput|concurrency|sla|uptime|rag|fine[- ]tun(?:e|ing)|diarization|endpointing|wer|word error rate|aws|azure|gcp|terraform|kubernetes|k8s|docker|media streams?|barge[- ]in|interconnect`
	],
	vendor: [
		String.raw`twilio|vonage|bandwidth|genesys|five9|amazon connect|sinch|plivo|ringcentral|nice incontact|nice cxone|talkdesk|avaya|cisco|8x8|dialpad|aircall|zoom phone|telnyx|messagebird|infobip|nuance|google ccai|dialogflow|amazon lex|amazon polly|deepgram|assemblyai|elevenlabs|vapi|synthflow|poly ai|polyai|cognigy|kore\.ai|liveperson|gong|otter\.ai|fireflies|speechmatics|verint|calabrio|observe\.ai|cresta|balto|mitel|nextiva|gotoconnect|ooma|grasshopper|openphone|justcall|cloudtalk|ringover|smith\.ai|answerconnect`
	],
	objection: [
		String.raw`concern(?:ed|s)?|worr(?:ied|y|ies)|hesitant|hesitation|skeptic(?:al)?|sceptic(?:al)?|pushback|push back|objections?|risk(?:s|y)?|legal review|compliance review|hipaa|baa|dpa|security questionnaire|red tape|procurement (?:hurdles?|process is (?:slow|long))|migration (?:effort|pain|risk)|porting (?:risk|downtime)|too (?:expensive|complex|complicated)|price too high|per[- ]min(?:ute)? rates?|blocker|gotcha|caveat`
	],
	positiveTone: [
		String.raw`(?:very |super |really )?(?:excited|enthusiastic|keen|eager|engaged|bought in|bought-in|sold|impressed|loved|love|thrilled|great call|strong call|strong fit|great fit|good fit|perfect fit|hot lead|high intent|strong interest|clear pain|real pain|champion|ready to move|wants to move fast|pain is real)`
	],
	negativeTone: [
		String.raw`(?:lukewarm|skeptical|disengaged|distracted|dismissive|uninterested|not interested|low intent|meh|cold|no pain|no urgency|no real need|tire[- ]kicker|tyre[- ]kicker|waste of time|brush[- ]?off|brushed (?:us )?off|polite no|soft no|hard no|not a priority|low priority|nice to have)`
	],
	funding: [
		String.raw`series [a-e]\d?|raised \$?[\d.]+|(?:pre[- ])?seed (?:round|funding|stage)|funding round|venture[- ]backed|vc[- ]backed|backed by|investors? include|funded by`
	],
	growth: [
		String.raw`growing|grew|growth|hiring|arr|revenue|expanding|expansion|scale[- ]?up|scaling|fast[- ]growing|doubled|tripled|\d+x|new (?:markets?|locations?|offices?)`
	],
	b2b: [String.raw`b2b|enterprises?|businesses|smbs?|mid[- ]market`],
	platform: [
		String.raw`platform|apis?|developers?|sdks?|self[- ]serve|infrastructure|open[- ]source|toolkit|framework`
	],
	marketplace: [String.raw`marketplace|two[- ]sided|connects? (?:buyers|sellers|customers)`],
	consumer: [
		String.raw`consumers?|dtc|d2c|direct[- ]to[- ]consumer|consumer apps?|shoppers|families|households`
	],
	auth: [
		String.raw`otp|one[- ]time pass(?:codes?|words?)|2fa|mfa|two[- ]factor|multi[- ]factor|login codes?|verification|verify|account takeovers?|fraud|identity|kyc`
	],
	transactions: [
		String.raw`payments?|refunds?|orders?|transactions?|collections|checkout|billing|invoic(?:es?|ing)|bookings?|reservations?|appointments?|claims|loans?`
	],
	communication: [
		String.raw`notifications?|reminders?|alerts?|support lines?|hotlines?|helplines?|contact cent(?:er|re)s?|call cent(?:er|re)s?|customer (?:support|service|care)|help ?desk|inbound calls?|phone lines?|front desks?|dispatch`
	],
	productVoiceAi: [
		String.raw`voice[- ]?ai|ai voice|voice agents?|voice bots?|conversational ai|speech[- ]to[- ]text|text[- ]to[- ]speech|stt|tts|asr`
	],
	productVoice: [
		String.raw`programmable voice|voice (?:api|calling|minutes|product|sdk|channel|service)|sip trunk(?:ing|s)?|phone numbers?|calling|voip|telephony`
	],
	productSms: [
		String.raw`sms|mms|texts?|text messag(?:es|ing)|texting|whatsapp|rcs|10dlc|short ?codes?|messaging`
	],
	productVerify: [String.raw`verify|otp|2fa|mfa|one[- ]time pass(?:codes?|words?)|verification`],
	productWireless: [String.raw`wireless|iot|sims?|esims?|connectivity|lte|5g|m2m|fleet devices`]
} as const;

export type ProgressionConcept = keyof typeof PROGRESSION;
