# attribution.lex: cues and source heads for the source-cue-content attribution extractor.
#
# Cue categories are named by the STANCE the reporting expression conveys towards the reported
# content (or, for emotive cues, the attitude it attributes to the source). The taxonomy
# synthesises:
#   * Thompson & Ye (1991): the writer's stance in reporting verbs - factive (the writer accepts
#     the content), counter-factive (the writer rejects it) and non-factive (no commitment);
#   * Caldas-Coulthard (1994): neutral structuring verbs (say, tell, ask) versus metapropositional
#     verbs that interpret the speech act (assertive: claim, insist; directive: urge; expressive:
#     complain, boast) and descriptive verbs of manner (shout, quip);
#   * Bergler (1992): the reporting verb as evidential information about the reliability of the
#     reported content and the source's commitment;
#   * Martin & White (2005): ATTRIBUTE: acknowledge (neutral) versus distance (claim);
#   * Kiparsky & Kiparsky (1970) and Hooper (1975): factive and assertive predicates (reveal,
#     admit, show presuppose their complement);
#   * Pareti (2016, PARC 3.0) and Newell et al. (2018, PolNeAR): the source-cue-content
#     representation, cue inventories in news, prepositional cues ("according to") and
#     source-less cues.
# Mapping: neutral = non-factive/acknowledge; distancing = counter-factive tendency / distance;
# endorsing = factive; emphatic = assertive force and commitment (warnings, vows, stress);
# emotive = expressive and manner verbs, including combative press verbs (slam, blast).
# Every term is in exactly one category; where a verb is borderline the note says why.
#
# Syntax conventions (the `syntax` option): default verb = "X said"/"said X"; prep = the source
# follows the cue ("according to X", "citing X"); impersonal = no source ("it is alleged that").
# All impersonal cues list their tense and "it's" variants in forms=.
#
# Noun-ambiguous verb forms: many cue forms are also common nouns - claims, reports, comments,
# notes, states, warnings/warning, demands, promises, pledges, vows, calls, posts, tweets,
# quotes, findings/finding, views, answers, replies, estimates, forecasts, praise, blame, stress,
# caution, thought, feeling, show. The lexicon lists them as verb cues; disambiguation
# (subject/complement structure) is done in the extractor code.
#
# Sources: vague_source = indefinite or anonymous collectives (Critics contend; some say;
# people familiar with the matter); role_noun = a title or office without a name ("a ministry
# spokesman", "officials said"); pronoun_source = personal pronouns (no coreference resolution). Named
# sources are found by the code (proper nouns), not by the lexicon.

[lexicon]
name = "attribution"
version = "1.2"
description = "Attribution cues (by stance) and source heads for source-cue-content extraction from news prose."
license = "CC-BY-4.0"
authors = ["framing contributors"]

[[citations]]
key = "thompson1991"
text = "Thompson, G., & Ye, Y. (1991). Evaluation in the reporting verbs used in academic papers. Applied Linguistics, 12(4), 365-382."
bibtex = """@article{thompson1991, author={Thompson, Geoff and Ye, Yiyun}, title={Evaluation in the Reporting Verbs Used in Academic Papers}, journal={Applied Linguistics}, volume={12}, number={4}, pages={365--382}, year={1991}}"""

[[citations]]
key = "caldascoulthard1994"
text = "Caldas-Coulthard, C. R. (1994). On reporting reporting: The representation of speech in factual and factional narratives. In M. Coulthard (Ed.), Advances in Written Text Analysis (pp. 295-308). London: Routledge."
bibtex = """@incollection{caldascoulthard1994, author={Caldas-Coulthard, Carmen Rosa}, title={On Reporting Reporting: The Representation of Speech in Factual and Factional Narratives}, booktitle={Advances in Written Text Analysis}, editor={Coulthard, Malcolm}, pages={295--308}, publisher={Routledge}, address={London}, year={1994}}"""

[[citations]]
key = "bergler1992"
text = "Bergler, S. (1992). Evidential Analysis of Reported Speech. PhD thesis, Brandeis University."
bibtex = """@phdthesis{bergler1992, author={Bergler, Sabine}, title={Evidential Analysis of Reported Speech}, school={Brandeis University}, year={1992}}"""

[[citations]]
key = "martinwhite2005"
text = "Martin, J. R., & White, P. R. R. (2005). The Language of Evaluation: Appraisal in English. Basingstoke: Palgrave Macmillan."
bibtex = """@book{martinwhite2005, author={Martin, James R. and White, Peter R. R.}, title={The Language of Evaluation: Appraisal in English}, publisher={Palgrave Macmillan}, address={Basingstoke}, year={2005}}"""

[[citations]]
key = "kiparsky1970"
text = "Kiparsky, P., & Kiparsky, C. (1970). Fact. In M. Bierwisch & K. E. Heidolph (Eds.), Progress in Linguistics (pp. 143-173). The Hague: Mouton."
bibtex = """@incollection{kiparsky1970, author={Kiparsky, Paul and Kiparsky, Carol}, title={Fact}, booktitle={Progress in Linguistics}, editor={Bierwisch, Manfred and Heidolph, Karl Erich}, pages={143--173}, publisher={Mouton}, address={The Hague}, year={1970}}"""

[[citations]]
key = "hooper1975"
text = "Hooper, J. B. (1975). On assertive predicates. In J. P. Kimball (Ed.), Syntax and Semantics, Vol. 4 (pp. 91-124). New York: Academic Press."
bibtex = """@incollection{hooper1975, author={Hooper, Joan B.}, title={On Assertive Predicates}, booktitle={Syntax and Semantics}, volume={4}, editor={Kimball, John P.}, pages={91--124}, publisher={Academic Press}, address={New York}, year={1975}}"""

[[citations]]
key = "pareti2016"
text = "Pareti, S. (2016). PARC 3.0: A corpus of attribution relations. In Proceedings of the Tenth International Conference on Language Resources and Evaluation (LREC 2016), pp. 3914-3920. Portoroz, Slovenia: ELRA."
bibtex = """@inproceedings{pareti2016, author={Pareti, Silvia}, title={{PARC} 3.0: A Corpus of Attribution Relations}, booktitle={Proceedings of the Tenth International Conference on Language Resources and Evaluation (LREC 2016)}, pages={3914--3920}, address={Portoroz, Slovenia}, publisher={European Language Resources Association (ELRA)}, year={2016}}"""

[[citations]]
key = "newell2018"
text = "Newell, E., Margolin, D., & Ruths, D. (2018). An attribution relations corpus for political news. In Proceedings of the Eleventh International Conference on Language Resources and Evaluation (LREC 2018). Miyazaki, Japan: ELRA."
bibtex = """@inproceedings{newell2018, author={Newell, Edward and Margolin, Drew and Ruths, Derek}, title={An Attribution Relations Corpus for Political News}, booktitle={Proceedings of the Eleventh International Conference on Language Resources and Evaluation (LREC 2018)}, address={Miyazaki, Japan}, publisher={European Language Resources Association (ELRA)}, year={2018}}"""

[categories.neutral]
layer = "cue"
definition = "Neutral (non-factive) reporting cues that attribute content without signalling the writer's or the source's evaluation of its truth (say, tell, state, note, add, explain, report, argue, believe, according to). Thompson & Ye's non-factive verbs; Caldas-Coulthard's neutral structuring verbs; Martin & White's 'acknowledge'."

[categories.distancing]
layer = "cue"
definition = "Distancing cues that attribute content while signalling that the writer does not vouch for it, or that it is contested (claim, allege, insist, maintain, purport, 'it is alleged'). Thompson & Ye's counter-factive tendency; Martin & White's 'distance'."

[categories.endorsing]
layer = "cue"
definition = "Endorsing (factive) cues that present the reported content as established fact, so that the writer shares responsibility for it (admit, acknowledge, concede, reveal, confirm, point out, show, prove, disclose). Kiparsky & Kiparsky's factives; Thompson & Ye's factive verbs."

[categories.emphatic]
layer = "cue"
definition = "Emphatic cues that report the source's strong commitment or illocutionary force - assertion, warning, promise or demand (stress, warn, underscore, emphasise, caution, declare, vow, assert, urge). They intensify the source's voice without the writer endorsing the content."

[categories.emotive]
layer = "cue"
definition = "Emotive cues that characterise the source's attitude or manner - complaint, criticism, praise, mockery, boasting - or dramatise the exchange as combat (complain, lament, boast, scoff, accuse, condemn, slam, blast, rail against, quip). Caldas-Coulthard's expressive and descriptive verbs."

[categories.cognition]
layer = "cue"
stance = "neutral"
definition = "Cues that attribute an internal state rather than an utterance: belief, knowledge, expectation, desire, intention, fear (want, hope, expect, fear, know, doubt, intend). Pareti's (2016) belief and fact attributions; PolNeAR annotates them as attributions. The writer reports the state without evaluating it, so their stance is neutral."

[categories.position]
layer = "cue"
stance = "neutral"
definition = "Cues that attribute a position or stance-taking act towards a person, proposal or claim (support, oppose, endorse, back, defend, reject, question, welcome, agree). They report where a source stands, not a verbatim utterance; the writer's own stance is neutral."

[categories.vague_source]
layer = "source"
definition = "Heads of vague, indefinite or anonymous sources: collective or expertise labels with no identifiable person or office (critics, observers, analysts, experts, sources, insiders, residents), quantifier heads (some, many, others) and anonymity formulae (people familiar with). Bare plural 'officials' and 'authorities' are NOT here: they name an office, so they are titled-without-name sources (role_noun)."

[categories.role_noun]
layer = "source"
definition = "Role and title nouns that make a titled source when no name is given (a spokesman, the minister, officials, a senior aide). When a name follows or is in apposition the code treats the source as named; the role noun then supplies the title."

[categories.document_source]
layer = "source"
definition = "Heads of documents, records, recordings and publications that carry attributed content without a human speaker (the report, a statement, the poll, the video, court documents): the source type 'document'. Pareti (2016) and Newell et al. (2018) annotate such non-human sources; a named publication or outlet is a named source."

[categories.pronoun_source]
layer = "source"
definition = "Personal pronouns acting as sources of attribution (he said, they argued); they are reported as type 'pronoun' (no coreference resolution is attempted). 'it' is included for institutional sources ('the ministry said it ...'), but impersonal cues ('it is alleged') take precedence."

[[changes]]
version = "1.2"
date = "2026-12-04"
text = "Added the source category document_source (reports, statements, polls, videos: the source type 'document'); 'you' as a pronoun source; role nouns for campaign and media roles (strategist, nominee, candidate, pollster, host ...). insist and maintain moved from distancing to emphatic: in news they mostly report persistence, not the writer's doubt. Added continue (continued speech, with a clause or quotation)."

[[changes]]
version = "1.1"
date = "2026-11-28"
text = "Added the cue categories cognition (internal states: want, hope, expect, fear, know ...) and position (support, oppose, endorse, defend ...), both with neutral stance; added refer to. Tuned on PolNeAR train/dev (see reports/evaluation)."

[[changes]]
version = "1.0"
date = "2026-11-28"
text = "First release: five stance-based cue categories (neutral, distancing, endorsing, emphatic, emotive) and three source categories (vague_source, role_noun, pronoun_source)."

%% entries
# term<TAB>category<TAB>options<TAB>note
# ---- neutral ----
say	neutral	forms=says,said,saying
tell	neutral	forms=tells,told,telling
state	neutral	inflect=verb;clause=required	noun "state"/"states" is very frequent; disambiguated in code
note	neutral	inflect=verb	noun "notes"; Thompson & Ye treat "note" as near-factive, kept neutral here as in most news style guides
add	neutral	inflect=verb
remark	neutral	inflect=verb	noun "remarks"
continue	neutral	inflect=verb;clause=required	continued speech ("“…,” she continued", "Caddell continued:"); "continued to rise" has no clause
explain	neutral	inflect=verb	arguably factive ("explained that" presents the content as fact); kept neutral because news uses it as a plain speech verb
report	neutral	inflect=verb;clause=required	noun "report(s)"; "reports say" is a vague source handled in code
announce	neutral	inflect=verb
write	neutral	forms=writes,wrote,written,writing
describe	neutral	inflect=verb
characterise	neutral	inflect=verb;forms=characterize,characterizes,characterized,characterizing
dub	neutral	forms=dubs,dubbed,dubbing	naming/characterising ("what critics dubbed a sham")
ask	neutral	inflect=verb
reply	neutral	forms=replies,replied,replying	noun "reply"
respond	neutral	inflect=verb
answer	neutral	inflect=verb	noun "answer(s)"
comment	neutral	inflect=verb	noun "comment(s)"
mention	neutral	inflect=verb
argue	neutral	inflect=verb
contend	neutral	inflect=verb
counter	neutral	inflect=verb	"countered that"; also adjective/noun ("counter to")
rebut	neutral	forms=rebuts,rebutted,rebutting
propose	neutral	inflect=verb
suggest	neutral	inflect=verb	tentative; Thompson & Ye's tentative non-factive
view	neutral	inflect=verb;clause=required	belief sense ("analysts, who view the move as ..."); noun "view(s)" is frequent
believe	neutral	inflect=verb
think	neutral	forms=thinks,thought,thinking	noun "thought"
feel	neutral	forms=feels,felt,feeling;clause=required	belief sense ("feels that"); noun "feeling"
hold that	neutral	forms=holds that,held that,holding that	belief sense only: plain "hold"/"held" is far too frequent ("held talks")
consider	neutral	inflect=verb;clause=required	belief sense ("considers it unlikely"); "considered" also means "examined"
reckon	neutral	inflect=verb
observe	neutral	inflect=verb	near-factive; kept neutral like "note"
recall	neutral	inflect=verb	also product recalls
recount	neutral	inflect=verb	also vote recounts
indicate	neutral	inflect=verb
signal	neutral	forms=signals,signaled,signalled,signaling,signalling	noun "signal"
estimate	neutral	inflect=verb	noun "estimate(s)"
predict	neutral	inflect=verb
forecast	neutral	forms=forecasts,forecasted,forecasting	past "forecast" equals the base form; noun "forecast"
speculate	neutral	inflect=verb	the source is tentative, the writer does not distance
conclude	neutral	inflect=verb
testify	neutral	forms=testifies,testified,testifying
clarify	neutral	forms=clarifies,clarified,clarifying
inform	neutral	inflect=verb
deny	neutral	forms=denies,denied,denying	denial is reported without the writer's stance on its truth
dispute	neutral	inflect=verb	noun "dispute(s)"
cite	neutral	forms=cites,cited	"citing" is a separate prepositional cue
citing	neutral	syntax=prep	"the agency reported, citing officials": the source follows
quote	neutral	forms=quotes,quoted	"quoted as saying"; "quoting" is a separate prepositional cue; noun "quote(s)"
quoting	neutral	syntax=prep
tweet	neutral	inflect=verb	noun "tweet(s)"
post	neutral	inflect=verb;clause=required	"posted on social media"; noun "post" (and "the Post") very frequent
according to	neutral	syntax=prep
in the words of	neutral	syntax=prep
as reported by	neutral	syntax=prep
in the view of	neutral	syntax=prep
in the opinion of	neutral	syntax=prep
it is said	neutral	syntax=impersonal;forms=it was said,it has been said,it's said
it is reported	neutral	syntax=impersonal;forms=it was reported,it has been reported,it had been reported,it is widely reported,it was widely reported,it's been reported
it is believed	neutral	syntax=impersonal;forms=it was believed,it is widely believed,it was widely believed,it's believed
it is thought	neutral	syntax=impersonal;forms=it was thought,it is widely thought,it was widely thought,it's thought
it is understood	neutral	syntax=impersonal;forms=it was understood,it's understood	British news idiom ("it is understood that")
it is estimated	neutral	syntax=impersonal;forms=it was estimated,it has been estimated,it's estimated
it is argued	neutral	syntax=impersonal;forms=it was argued,it has been argued
# ---- distancing ----
claim	distancing	inflect=verb	noun "claim(s)"; "Gandapur claimed ..." is the canonical case
allege	distancing	inflect=verb	"alleged" is also an adjective ("the alleged attacker"); hedges.lex counts that reading separately
purport	distancing	inflect=verb
profess	distancing	forms=professes,professed,professing	"professed ignorance"
as claimed by	distancing	syntax=prep
it is alleged	distancing	syntax=impersonal;forms=it was alleged,it has been alleged,it had been alleged,it's alleged,it's been alleged
it is claimed	distancing	syntax=impersonal;forms=it was claimed,it has been claimed,it had been claimed,it's claimed,it's been claimed
it is rumoured	distancing	syntax=impersonal;forms=it is rumored,it was rumoured,it was rumored,it has been rumoured,it has been rumored,it's rumoured,it's rumored
# ---- endorsing ----
admit	endorsing	forms=admits,admitted,admitting	factive: the content is presented as true and damaging to the source; also "admitted to hospital"
acknowledge	endorsing	inflect=verb
concede	endorsing	inflect=verb
confess	endorsing	forms=confesses,confessed,confessing
reveal	endorsing	inflect=verb
disclose	endorsing	inflect=verb
confirm	endorsing	inflect=verb
point out	endorsing	inflect=verb	pointed out, points out
make clear	endorsing	forms=makes clear,made clear,making clear
remind	endorsing	inflect=verb	"reminded reporters that" presupposes the content
recognise	endorsing	inflect=verb;forms=recognize,recognizes,recognized,recognizing;clause=required	also diplomatic recognition
realise	endorsing	inflect=verb;forms=realize,realizes,realized,realizing
show	endorsing	forms=shows,showed,shown,showing;clause=required	"data show"; noun "show" (TV) disambiguated in code
prove	endorsing	forms=proves,proved,proven,proving
demonstrate	endorsing	inflect=verb	also "demonstrators" (different token)
find	endorsing	forms=finds,found,finding;clause=required	"the study found that"; "was found dead" and noun "finding(s)" disambiguated in code
discover	endorsing	inflect=verb
uncover	endorsing	inflect=verb
verify	endorsing	forms=verifies,verified,verifying
corroborate	endorsing	inflect=verb
as confirmed by	endorsing	syntax=prep
it emerged	endorsing	syntax=impersonal;forms=it has emerged,it had emerged,it has now emerged	British news idiom that presents the content as established
it is known	endorsing	syntax=impersonal;forms=it was known,it is well known,it was well known,it's known,it's well known
# ---- emphatic ----
stress	emphatic	forms=stresses,stressed,stressing	noun "stress"
warn	emphatic	inflect=verb	noun "warning(s)"
caution	emphatic	inflect=verb	"Diplomatic experts further caution ..."; noun "caution"
underscore	emphatic	inflect=verb
underline	emphatic	inflect=verb
emphasise	emphatic	inflect=verb;forms=emphasize,emphasizes,emphasized,emphasizing
highlight	emphatic	inflect=verb	noun "highlights"
assert	emphatic	inflect=verb
declare	emphatic	inflect=verb	also "declared a state of emergency" (performative)
proclaim	emphatic	inflect=verb
affirm	emphatic	inflect=verb
reaffirm	emphatic	inflect=verb
reiterate	emphatic	inflect=verb	repetition signals commitment; placed here rather than neutral
vow	emphatic	inflect=verb	noun "vows"
pledge	emphatic	inflect=verb	noun "pledge(s)"
promise	emphatic	inflect=verb	noun "promise(s)"
swear	emphatic	forms=swears,swore,sworn,swearing	"sworn in" is not a cue; disambiguated in code
urge	emphatic	inflect=verb	directive
demand	emphatic	inflect=verb	directive; noun "demand(s)"
call for	emphatic	inflect=verb	directive; noun "calls for"
call on	emphatic	inflect=verb	directive ("called on the government to")
threaten	emphatic	inflect=verb
insist	emphatic	inflect=verb	persistence against objection (Caldas-Coulthard 1994: assertive); the writer's doubt comes from context, not from the verb (moved from distancing in 1.2)
maintain	emphatic	inflect=verb	speech sense ("maintained his innocence"), continued assertion; non-speech "maintained the road" is disambiguated in code (moved from distancing in 1.2)
# ---- emotive ----
complain	emotive	inflect=verb
lament	emotive	inflect=verb
bemoan	emotive	inflect=verb
decry	emotive	forms=decries,decried,decrying
deplore	emotive	inflect=verb
grumble	emotive	inflect=verb
fret	emotive	forms=frets,fretted,fretting
fume	emotive	inflect=verb
whine	emotive	inflect=verb
boast	emotive	inflect=verb
brag	emotive	forms=brags,bragged,bragging
gloat	emotive	inflect=verb
tout	emotive	inflect=verb	promotional; suggests self-interest
gush	emotive	forms=gushes,gushed,gushing
praise	emotive	inflect=verb	positive attitude; noun "praise"
hail	emotive	inflect=verb	"hailed the deal as historic"; noun weather "hail"
applaud	emotive	inflect=verb
laud	emotive	inflect=verb
scoff	emotive	inflect=verb
sneer	emotive	inflect=verb
mock	emotive	inflect=verb	also adjective "mock trial"
ridicule	emotive	inflect=verb
deride	emotive	inflect=verb
quip	emotive	forms=quips,quipped,quipping	manner verb
joke	emotive	inflect=verb	noun "joke(s)"
retort	emotive	inflect=verb	adversarial manner
snap	emotive	forms=snaps,snapped,snapping	also "snap election"
exclaim	emotive	inflect=verb
shout	emotive	inflect=verb
yell	emotive	inflect=verb
scream	emotive	inflect=verb
thunder	emotive	inflect=verb	"thundered"; noun weather
rant	emotive	inflect=verb
accuse	emotive	inflect=verb
blame	emotive	inflect=verb	noun "blame"
criticise	emotive	inflect=verb;forms=criticize,criticizes,criticized,criticizing
condemn	emotive	inflect=verb
denounce	emotive	inflect=verb
chide	emotive	inflect=verb
berate	emotive	inflect=verb
rebuke	emotive	inflect=verb
scold	emotive	inflect=verb
chastise	emotive	inflect=verb
assail	emotive	inflect=verb
slam	emotive	forms=slams,slammed,slamming	combative press verb (also in loaded.lex as sensational word choice)
blast	emotive	inflect=verb	combative press verb
lambast	emotive	inflect=verb;forms=lambaste,lambastes
excoriate	emotive	inflect=verb
rail against	emotive	inflect=verb
lash out	emotive	forms=lashes out,lashed out,lashing out
hit out at	emotive	forms=hits out at,hitting out at
hit back	emotive	forms=hits back,hitting back
fire back	emotive	inflect=verb
take aim at	emotive	forms=takes aim at,took aim at,taken aim at,taking aim at
# ---- vague_source ----
critic	vague_source	inflect=noun	"Critics contend ..."
observer	vague_source	inflect=noun	"Observers argue ..."
analyst	vague_source	inflect=noun	"political analysts, who view ..."
expert	vague_source	inflect=noun	"Diplomatic experts further caution ..."
source	vague_source	inflect=noun	"sources said", "a source close to"
insider	vague_source	inflect=noun
commentator	vague_source	inflect=noun
pundit	vague_source	inflect=noun
sceptic	vague_source	inflect=noun;forms=skeptic,skeptics
supporter	vague_source	inflect=noun
opponent	vague_source	inflect=noun
detractor	vague_source	inflect=noun
naysayer	vague_source	inflect=noun
proponent	vague_source	inflect=noun
advocate	vague_source	inflect=noun	also a verb ("advocates for")
defender	vague_source	inflect=noun
backer	vague_source	inflect=noun
ally	vague_source	forms=allies	"allies of the president said"
associate	vague_source	inflect=noun	"associates of"; also a verb and an adjective
colleague	vague_source	inflect=noun
friend	vague_source	inflect=noun	"friends of the victim said"
relative	vague_source	inflect=noun	also an adjective ("relative calm")
neighbour	vague_source	inflect=noun;forms=neighbor,neighbors
resident	vague_source	inflect=noun
locals	vague_source		plural noun only; the adjective "local" is excluded
witness	vague_source	forms=witnesses
eyewitness	vague_source	inflect=noun
bystander	vague_source	inflect=noun
activist	vague_source	inflect=noun
campaigner	vague_source	inflect=noun
scholar	vague_source	inflect=noun
academic	vague_source	inflect=noun	noun reading only; the adjective is disambiguated in code
researcher	vague_source	inflect=noun	unnamed expertise label
scientist	vague_source	inflect=noun	unnamed expertise label
economist	vague_source	inflect=noun
historian	vague_source	inflect=noun
watcher	vague_source	inflect=noun	"industry watchers"
people	vague_source		"people say"; weak on its own, the code should require a cue
some	vague_source		quantifier head ("some say", "some argue")
many	vague_source		quantifier head ("many believe")
others	vague_source		"others contend"
several	vague_source		quantifier head
people familiar with	vague_source	forms=person familiar with,those familiar with,sources familiar with	anonymity formula
people close to	vague_source	forms=person close to,those close to,sources close to	anonymity formula
people with knowledge of	vague_source	forms=person with knowledge of,those with knowledge of,sources with knowledge of	anonymity formula
people briefed on	vague_source	forms=person briefed on,those briefed on,sources briefed on	anonymity formula
media reports	vague_source	forms=press reports,news reports,local media	unnamed media as source
# ---- role_noun ----
official	role_noun	inflect=noun	bare plural "officials" is a titled-without-name source, not a vague one: it names an office
authorities	role_noun		institutional collective, treated like "officials"
police	role_noun		institutional source ("police said")
spokesman	role_noun	forms=spokesmen
spokeswoman	role_noun	forms=spokeswomen
spokesperson	role_noun	forms=spokespersons,spokespeople
minister	role_noun	inflect=noun
prime minister	role_noun	inflect=noun
president	role_noun	inflect=noun
secretary	role_noun	forms=secretaries
secretary-general	role_noun	forms=secretaries-general
chief	role_noun	inflect=noun
aide	role_noun	inflect=noun
adviser	role_noun	inflect=noun;forms=advisor,advisors
director	role_noun	inflect=noun
lawyer	role_noun	inflect=noun
attorney	role_noun	inflect=noun
prosecutor	role_noun	inflect=noun
judge	role_noun	inflect=noun	also a verb
governor	role_noun	inflect=noun
senator	role_noun	inflect=noun
lawmaker	role_noun	inflect=noun
legislator	role_noun	inflect=noun
congressman	role_noun	forms=congressmen
congresswoman	role_noun	forms=congresswomen
representative	role_noun	inflect=noun	also an adjective ("representative sample")
mp	role_noun	inflect=noun	Member of Parliament ("MPs")
mayor	role_noun	inflect=noun
leader	role_noun	inflect=noun
chairman	role_noun	forms=chairmen
chairwoman	role_noun	forms=chairwomen
chairperson	role_noun	inflect=noun
chancellor	role_noun	inflect=noun
commissioner	role_noun	inflect=noun
ceo	role_noun	inflect=noun
executive	role_noun	inflect=noun	also an adjective ("executive order")
manager	role_noun	inflect=noun
administrator	role_noun	inflect=noun
regulator	role_noun	inflect=noun
deputy	role_noun	forms=deputies
commander	role_noun	inflect=noun
officer	role_noun	inflect=noun
investigator	role_noun	inflect=noun
inspector	role_noun	inflect=noun
sheriff	role_noun	inflect=noun
diplomat	role_noun	inflect=noun
ambassador	role_noun	inflect=noun
envoy	role_noun	inflect=noun
negotiator	role_noun	inflect=noun
doctor	role_noun	inflect=noun
strategist	role_noun	inflect=noun
nominee	role_noun	inflect=noun
candidate	role_noun	inflect=noun
consultant	role_noun	inflect=noun
pollster	role_noun	inflect=noun
operative	role_noun	inflect=noun
staffer	role_noun	inflect=noun
surrogate	role_noun	inflect=noun
counsel	role_noun	inflect=noun
host	role_noun	inflect=noun
anchor	role_noun	inflect=noun
reporter	role_noun	inflect=noun
correspondent	role_noun	inflect=noun
columnist	role_noun	inflect=noun
editor	role_noun	inflect=noun
professor	role_noun	inflect=noun
# ---- document_source ----
statement	document_source	inflect=noun
study	document_source	inflect=noun
poll	document_source	inflect=noun
survey	document_source	inflect=noun
data	document_source	
analysis	document_source	inflect=noun
document	document_source	inflect=noun
memo	document_source	inflect=noun
email	document_source	inflect=noun
letter	document_source	inflect=noun
video	document_source	inflect=noun
footage	document_source	
recording	document_source	inflect=noun
transcript	document_source	inflect=noun
filing	document_source	inflect=noun
lawsuit	document_source	inflect=noun
complaint	document_source	inflect=noun
indictment	document_source	inflect=noun
ruling	document_source	inflect=noun
ad	document_source	inflect=noun
advertisement	document_source	inflect=noun
commercial	document_source	inflect=noun
book	document_source	inflect=noun
article	document_source	inflect=noun
website	document_source	inflect=noun
release	document_source	inflect=noun
research	document_source	
record	document_source	inflect=noun
audit	document_source	inflect=noun
census	document_source	inflect=noun
# ---- pronoun_source ----
you	pronoun_source		generic or addressee "you" ("you know" is not a cue: excluded in code)
he	pronoun_source		"he remarked"
she	pronoun_source
they	pronoun_source
we	pronoun_source
I	pronoun_source	case=exact	upper-case only, so that a lower-case "i" (e.g. a list marker) is not counted
it	pronoun_source		institutional sources ("the ministry said it ..."); expletive "it" in impersonal cues ("it is alleged") is matched by the longer impersonal cue first

# --- cognition: attributed internal states (stance neutral)
want	cognition	inflect=verb	"X wants Y"; also common in quotations ("I want")
wish	cognition	inflect=verb
hope	cognition	inflect=verb	noun "hope(s)" is excluded by the determiner rule
expect	cognition	inflect=verb	"is expected to" is read as a cue with an impersonal reading
fear	cognition	inflect=verb	noun "fears" after a determiner is excluded
worry	cognition	inflect=verb
doubt	cognition	inflect=verb	noun "doubt" after a determiner is excluded
suspect	cognition	inflect=verb	noun "the suspect" is excluded by the determiner rule
know	cognition	forms=knows,knew,known,knowing;clause=required
understand	cognition	forms=understands,understood,understanding;clause=required
assume	cognition	inflect=verb
imagine	cognition	inflect=verb
intend	cognition	inflect=verb
prefer	cognition	forms=prefers,preferred,preferring
anticipate	cognition	inflect=verb
# --- position: stance-taking towards a person, proposal or claim (stance neutral)
support	position	inflect=verb	noun "support" after a determiner is excluded
oppose	position	inflect=verb
endorse	position	inflect=verb
backed	position	forms=backing	"back" itself is mostly an adverb; only the verb forms are listed
defend	position	inflect=verb
reject	position	inflect=verb
question	position	inflect=verb	noun "the question" is excluded by the determiner rule
welcome	position	inflect=verb
agree	position	inflect=verb
disagree	position	inflect=verb
refer to	neutral	inflect=verb	"referring to X as ..."
