# loaded.lex: loaded language in news prose.
#
# Scope: general-English words whose choice, in the reporter's own voice, signals a framing of
# people, institutions or events rather than a neutral description of them (Recasens et al.
# 2013 call this "framing bias"; Entman 1993 calls it selection and salience). Words are
# curated for this project from knowledge of English news style; no external word list was
# copied. Quoted speech is not excluded here: deciding whether a span is inside a quotation is
# the job of the code, not of the lexicon.
#
# Curation rules used throughout:
# * A term is listed when its use by a writer is itself a framing choice (there is a
#   more neutral alternative: "rioters"/"protesters", "slammed"/"criticised",
#   "regime"/"government", "slaughter"/"killing"). Plain topical words ("police", "attack",
#   "protest", "government", "war" on its own, "crime") are NOT listed.
# * weight=0.5 marks conventional or frequently descriptive usages (wire-service terms such as
#   "militant", market verbs such as "soar", legal terms such as "genocide", "torture").
# * Derived words (brutal / brutally / brutality) are separate entries so that each can carry
#   its own note and weight; inflect= / forms= cover inflections only.
# * Deliberately excluded (judgement calls): "snowflake"
#   (weather), "elite" singular (descriptive: "elite troops"), "attack" and "assault" in their
#   plain sense, "Islamist", "insurgent", "rebel", "separatist" (standard descriptors whose
#   loading depends on context beyond a lexicon), "very", "really", "so" (too frequent to be a
#   signal), "apartheid", "occupation" (legal terms in contested use; better handled by a
#   topic-specific lexicon). "woke" was excluded in 1.0 as the past tense of "wake"; since 1.1
#   it is listed (weight 0.5) because the political label dominates in current news.
# * Removed in 1.1 after error analysis on BABE and MBIC (annotators never or almost never
#   mark them as biased, and they are conventional in news): degree adverbs and adjectives
#   that state magnitude rather than evaluate ("extremely", "totally", "completely",
#   "absolute", "huge", "vast", "deeply", "sharply"), conventional event words ("crisis",
#   "historic", "sweeping", "under fire") and factual violence terms ("massacre", "slay").
#   "violence", "violent", "brutality", "regime" and "crackdown" stay although BABE rarely
#   marks them: they are the project's reference cases of framing choices (tests pin them).
# * Added in 1.1: the distancing category (epistemological framing, Recasens et al. 2013:
#   "claimed", "touted", "boasted" instead of "said") and general-English evaluative,
#   dismissive and dramatising vocabulary found missing by error analysis on BABE train_SG2.
#   Topical words that annotators marked in context ("white", "coronavirus", "kill") are not
#   listed: a context-free lexicon cannot know when they are loaded. No word was copied from a
#   published list.
# * Political position labels are treated alike: far-left, far-right, hard-left, hard-right,
#   ultra-left, ultra-right all with weight 0.5.

[lexicon]
name = "loaded"
version = "1.1"
description = "Loaded language in news prose: pejorative and delegitimising labels, emotive evaluation, intensification, sensationalism, violence imagery and epistemological distancing, i.e. word choices that carry the writer's framing rather than neutral description."
license = "CC-BY-4.0"
authors = ["framing contributors"]

[[citations]]
key = "recasens2013"
text = "Recasens, M., Danescu-Niculescu-Mizil, C., & Jurafsky, D. (2013). Linguistic models for analyzing and detecting biased language. In Proceedings of the 51st Annual Meeting of the Association for Computational Linguistics (ACL), pp. 1650-1659."
bibtex = """@inproceedings{recasens2013, author={Recasens, Marta and Danescu-Niculescu-Mizil, Cristian and Jurafsky, Dan}, title={Linguistic Models for Analyzing and Detecting Biased Language}, booktitle={Proceedings of the 51st Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)}, pages={1650--1659}, address={Sofia, Bulgaria}, publisher={Association for Computational Linguistics}, year={2013}}"""

[[citations]]
key = "spinde2021babe"
text = "Spinde, T., Plank, M., Krieger, J.-D., Ruas, T., Gipp, B., & Aizawa, A. (2021). Neural media bias detection using distant supervision with BABE - Bias Annotations By Experts. In Findings of the Association for Computational Linguistics: EMNLP 2021, pp. 1166-1177."
bibtex = """@inproceedings{spinde2021babe, author={Spinde, Timo and Plank, Manuel and Krieger, Jan-David and Ruas, Terry and Gipp, Bela and Aizawa, Akiko}, title={Neural Media Bias Detection Using Distant Supervision With {BABE} -- Bias Annotations By Experts}, booktitle={Findings of the Association for Computational Linguistics: EMNLP 2021}, pages={1166--1177}, year={2021}}"""

[[citations]]
key = "spinde2021mbic"
text = "Spinde, T., Rudnitckaia, L., Sinha, K., Hamborg, F., Gipp, B., & Donnay, K. (2021). MBIC - A media bias annotation dataset including annotator characteristics. In Proceedings of the iConference 2021."
bibtex = """@inproceedings{spinde2021mbic, author={Spinde, Timo and Rudnitckaia, Lada and Sinha, Kanishka and Hamborg, Felix and Gipp, Bela and Donnay, Karsten}, title={{MBIC} -- A Media Bias Annotation Dataset Including Annotator Characteristics}, booktitle={Proceedings of the iConference 2021}, year={2021}}"""

[[citations]]
key = "entman1993"
text = "Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. Journal of Communication, 43(4), 51-58."
bibtex = """@article{entman1993, author={Entman, Robert M.}, title={Framing: Toward Clarification of a Fractured Paradigm}, journal={Journal of Communication}, volume={43}, number={4}, pages={51--58}, year={1993}}"""

[[citations]]
key = "semetko2000"
text = "Semetko, H. A., & Valkenburg, P. M. (2000). Framing European politics: A content analysis of press and television news. Journal of Communication, 50(2), 93-109."
bibtex = """@article{semetko2000, author={Semetko, Holli A. and Valkenburg, Patti M.}, title={Framing {European} Politics: A Content Analysis of Press and Television News}, journal={Journal of Communication}, volume={50}, number={2}, pages={93--109}, year={2000}}"""

[[citations]]
key = "wiebe2005"
text = "Wiebe, J., Wilson, T., & Cardie, C. (2005). Annotating expressions of opinions and emotions in language. Language Resources and Evaluation, 39(2-3), 165-210."
bibtex = """@article{wiebe2005, author={Wiebe, Janyce and Wilson, Theresa and Cardie, Claire}, title={Annotating Expressions of Opinions and Emotions in Language}, journal={Language Resources and Evaluation}, volume={39}, number={2--3}, pages={165--210}, year={2005}}"""

[[citations]]
key = "martinwhite2005"
text = "Martin, J. R., & White, P. R. R. (2005). The Language of Evaluation: Appraisal in English. Basingstoke: Palgrave Macmillan."
bibtex = """@book{martinwhite2005, author={Martin, James R. and White, Peter R. R.}, title={The Language of Evaluation: Appraisal in English}, publisher={Palgrave Macmillan}, address={Basingstoke}, year={2005}}"""

[[citations]]
key = "mcleod1999"
text = "McLeod, D. M., & Hertog, J. K. (1999). Social control, social change and the mass media's role in the regulation of protest groups. In D. Demers & K. Viswanath (Eds.), Mass Media, Social Control, and Social Change: A Macrosocial Perspective (pp. 305-330). Ames: Iowa State University Press."
bibtex = """@incollection{mcleod1999, author={McLeod, Douglas M. and Hertog, James K.}, title={Social Control, Social Change and the Mass Media's Role in the Regulation of Protest Groups}, booktitle={Mass Media, Social Control, and Social Change: A Macrosocial Perspective}, editor={Demers, David and Viswanath, K.}, pages={305--330}, publisher={Iowa State University Press}, address={Ames}, year={1999}}"""

# Categories. Informed by: Recasens et al. 2013 (framing-bias words, subjective intensifiers);
# Spinde et al. 2021 (BABE/MBIC: word-level bias annotation in news); Martin & White 2005
# (appraisal: affect/judgement for emotive and pejorative, graduation/force for intensifier);
# Wiebe et al. 2005 (expressive subjective elements); Entman 1993 and Semetko & Valkenburg 2000
# (labels and conflict framing); McLeod & Hertog 1999 (protest-paradigm labels such as
# "rioters", "mob", "looters").

[categories.pejorative]
layer = "loaded"
definition = "Pejorative labels that name people or groups (and their conduct or ideology) in a disparaging way where a neutral description is available, e.g. thug, regime, zealot, mob, henchman. Includes dehumanising collectives (horde, vermin) and insults (liar, crook)."

[categories.emotive]
layer = "loaded"
definition = "Emotionally charged evaluative adjectives and nouns through which the writer expresses or invites an affective or moral judgement, negative (shocking, outrageous, disgraceful, heartbreaking, vile) or positive (heroic, courageous, beloved)."

[categories.intensifier]
layer = "loaded"
definition = "Intensifying or exaggerating modifiers that raise the force of a description beyond what a neutral report needs (extremely, utterly, massive, unprecedented, staggering, countless)."

[categories.sensational]
layer = "loaded"
definition = "Sensational verbs and nouns that dramatise conflict, change or disorder: combat-style reporting verbs (slammed, blasted, lashed out), dramatic movement verbs (skyrocket, plunge, plummet) and nouns of turmoil or scandal (chaos, meltdown, fiasco, firestorm)."

[categories.delegitimising]
layer = "loaded"
definition = "Labels that deny the legitimacy, authenticity or good faith of an institution, process, claim or actor (so-called, illegitimate, sham, puppet, propaganda, tyranny, witch hunt, power grab), including words that dismiss speech or concern as irrational (hysteria, scaremongering, rant)."

[categories.distancing]
layer = "loaded"
definition = "Epistemological framing (Recasens et al. 2013): verbs and nouns by which the writer presents what someone says or does as a mere claim, a boast or a pretence, casting doubt on its truth or on the speaker's motives (claim, boast, tout, pretend, peddle), where a neutral verb (say, state, announce) was available."

[categories.violence]
layer = "loaded"
definition = "Violence imagery: words that describe or metaphorically evoke bloodshed and brutality (brutality, bloodshed, carnage, massacre, violence), including war metaphors applied to non-military matters (war on, crusade, under siege). Plain factual terms such as attack, shooting or killed are not included."

[[changes]]
version = "1.1"
date = "2026-11-29"
text = "New category distancing (claim, boast, brag, tout, pretend, peddle, ...). About 300 general-English entries added to pejorative, emotive, intensifier, sensational and delegitimising after error analysis on BABE train_SG2; removed low-precision conventional words (extremely, totally, completely, absolute, huge, vast, deeply, sharply, historic, sweeping, crisis, under fire, massacre, slay). BABE train_SG2 token F1 of the loaded layer 0.27 -> 0.44 (all sentences)."

[[changes]]
version = "1.0"
date = "2026-11-28"
text = "First release: six categories (pejorative, emotive, intensifier, sensational, delegitimising, violence), curated for the project."

%% entries
# term<TAB>category<TAB>options<TAB>note
# ---- pejorative: labels for people and groups ----
thug	pejorative	inflect=noun
thuggery	pejorative
regime	pejorative	inflect=noun	label for a government the writer disapproves of ("the regime" vs "the government"); also neutral in "tax regime", "sanctions regime", "regime change": expect some false positives
zealot	pejorative	inflect=noun
zealotry	pejorative
extremist	pejorative	inflect=noun	noun and adjective ("extremist views"); a writer's label even where style guides allow it
extremism	pejorative
militant	pejorative	inflect=noun;weight=0.5	conventional wire-service word for armed non-state actors; weaker loading than "terrorist", hence weight 0.5
terrorist	pejorative	inflect=noun;weight=0.5	contested label (major style guides advise attributing it); also an official designation in legal reporting, hence weight 0.5; "terrorism" is under delegitimising
jihadist	pejorative	inflect=noun;weight=0.5	common descriptor, but a label chosen by the writer
fanatic	pejorative	inflect=noun
fanatical	pejorative
fanaticism	pejorative
radical	pejorative	inflect=noun;weight=0.5	the noun ("radicals") is a label; the adjective is often descriptive ("radical reform")
hardliner	pejorative	inflect=noun;forms=hard-liner,hard-liners;weight=0.5	mild but evaluative label
far-right	pejorative	weight=0.5	standard descriptor in many outlets; applying it to a party or person is nevertheless a framing choice
far-left	pejorative	weight=0.5	see far-right
leftist	pejorative	inflect=noun;weight=0.5	mostly pejorative in US usage, neutral in some other varieties
firebrand	pejorative	inflect=noun;weight=0.5
demagogue	pejorative	inflect=noun
demagoguery	pejorative	forms=demagogy
despot	pejorative	inflect=noun
dictator	pejorative	inflect=noun	can be factually applied, but it is a label the writer chooses over "leader" or "president"
tyrant	pejorative	inflect=noun
autocrat	pejorative	inflect=noun
strongman	pejorative	forms=strongmen;weight=0.5
warlord	pejorative	inflect=noun
warmonger	pejorative	inflect=noun
warmongering	pejorative
crony	pejorative	forms=cronies
lackey	pejorative	inflect=noun
stooge	pejorative	inflect=noun
henchman	pejorative	forms=henchmen
minion	pejorative	inflect=noun
lapdog	pejorative	inflect=noun
sycophant	pejorative	inflect=noun
apologist	pejorative	inflect=noun
agitator	pejorative	inflect=noun
provocateur	pejorative	inflect=noun
rabble-rouser	pejorative	inflect=noun
troublemaker	pejorative	inflect=noun
hooligan	pejorative	inflect=noun
vandal	pejorative	inflect=noun
looter	pejorative	inflect=noun;weight=0.5	protest-paradigm label (McLeod & Hertog 1999); sometimes plainly descriptive
rioter	pejorative	inflect=noun;weight=0.5	"rioters" vs "protesters" is a classic framing choice
mob	pejorative	inflect=noun	"mob" vs "crowd"; also organised crime ("mob boss")
horde	pejorative	inflect=noun	dehumanising collective when used of people
swarm	pejorative	inflect=verb;weight=0.5	dehumanising animal metaphor for people ("migrants swarming"); literal for insects. Noun plural "swarms" is covered by the verb -s form
vermin	pejorative		dehumanising when applied to people
parasite	pejorative	inflect=noun;weight=0.5	dehumanising when applied to people; literal in biology and medicine
savages	pejorative		dehumanising plural noun; the adjective/verb "savage" is under violence
barbarian	pejorative	inflect=noun
illegals	pejorative		pejorative noun for undocumented migrants
illegal alien	pejorative	inflect=noun	legal term in older US statutes, now widely regarded as pejorative
anchor baby	pejorative	forms=anchor babies
welfare queen	pejorative	inflect=noun
globalist	pejorative	inflect=noun
elitist	pejorative	inflect=noun
elites	pejorative	weight=0.5	plural populist label "the elites"; the singular "elite" is usually descriptive and is excluded
bureaucrat	pejorative	inflect=noun;weight=0.5
fat cat	pejorative	inflect=noun
profiteer	pejorative	inflect=noun
profiteering	pejorative
crook	pejorative	inflect=noun
fraudster	pejorative	inflect=noun;weight=0.5	also used of people convicted of fraud
con man	pejorative	forms=con men,conman,conmen
charlatan	pejorative	inflect=noun
huckster	pejorative	inflect=noun
grifter	pejorative	inflect=noun
opportunist	pejorative	inflect=noun
spin doctor	pejorative	inflect=noun
propagandist	pejorative	inflect=noun
shill	pejorative	inflect=noun
party hack	pejorative	inflect=noun
ideologue	pejorative	inflect=noun
hatemonger	pejorative	inflect=noun;forms=hate-monger,hate-mongers
fearmonger	pejorative	inflect=noun;forms=fear-monger,fear-mongers
conspiracy theorist	pejorative	inflect=noun	dismissive label; sometimes accurate
denier	pejorative	inflect=noun;weight=0.5	"climate denier", "election denier"; "Holocaust denier" is descriptive
hypocrite	pejorative	inflect=noun
liar	pejorative	inflect=noun
bully	pejorative	forms=bullies,bullied,bullying	noun and verb
coward	pejorative	inflect=noun
cowardly	pejorative
bigot	pejorative	inflect=noun
bigoted	pejorative
bigotry	pejorative
xenophobe	pejorative	inflect=noun
racist	pejorative	inflect=noun;weight=0.5	an evaluative charge in the writer's own voice; also descriptive ("racist abuse")
traitor	pejorative	inflect=noun
treacherous	pejorative
turncoat	pejorative	inflect=noun
quisling	pejorative	inflect=noun
cult	pejorative	inflect=noun	for religious or political groups; "cult following" and "cult classic" are non-pejorative idioms
cabal	pejorative	inflect=noun
junta	pejorative	inflect=noun;weight=0.5	conventional for military governments, but disparaging
ringleader	pejorative	inflect=noun
goon	pejorative	inflect=noun
lunatic	pejorative	inflect=noun
madman	pejorative	forms=madmen
maniac	pejorative	inflect=noun
psychopath	pejorative	inflect=noun
monster	pejorative	inflect=noun	when applied to people
predator	pejorative	inflect=noun;weight=0.5	label for offenders; literal in wildlife reporting
scumbag	pejorative	inflect=noun
idiot	pejorative	inflect=noun
moron	pejorative	inflect=noun
# added in 1.1 (gaps found by error analysis on BABE train; general English labels)
fascist	pejorative	inflect=noun;weight=0.5	as a label for contemporary opponents; also the historical descriptor, hence 0.5
fascism	pejorative	weight=0.5	see fascist
fascistic	pejorative
marxist	pejorative	inflect=noun;weight=0.5	used as a label for opponents in US politics; a neutral descriptor in scholarship
hard-left	pejorative	weight=0.5	political-position label, like far-left
hard-right	pejorative	weight=0.5
ultra-left	pejorative	forms=ultra-leftist,ultra-leftists;weight=0.5
ultra-right	pejorative	forms=ultra-rightist,ultra-rightists;weight=0.5
woke	pejorative	weight=0.5	the political label ("woke mob", "woke ideology"); the past tense of "wake" ("woke up") is an accepted false positive
populist	pejorative	inflect=noun;weight=0.5	a political-science term, also used as a dismissive label
gangster	pejorative	inflect=noun
mafia	pejorative	forms=mafias	metaphorical "the ... mafia"; also organised crime
wannabe	pejorative	inflect=noun;forms=wannabee,wannabees
troll	pejorative	inflect=noun;forms=trolling,trolled	online harassers; also the folklore creature
quack	pejorative	inflect=noun
quackery	pejorative
ghoul	pejorative	inflect=noun
bastard	pejorative	inflect=noun
riffraff	pejorative	forms=riff-raff
rabble	pejorative
plutocrat	pejorative	inflect=noun
plutocracy	pejorative	forms=plutocracies
plutocratic	pejorative
oligarch	pejorative	inflect=noun;weight=0.5	the standard term for Russian and Ukrainian tycoons; a label elsewhere
truther	pejorative	inflect=noun
anti-vaxxer	pejorative	inflect=noun;forms=anti-vaxer,anti-vaxers,antivaxxer,antivaxxers
hater	pejorative	inflect=noun
guru	pejorative	inflect=noun;weight=0.5	ironic label ("self-help guru"); also the religious teacher
crackpot	pejorative	inflect=noun
kook	pejorative	inflect=noun;forms=kooky
nutjob	pejorative	inflect=noun;forms=nut job,nut jobs
loony	pejorative	forms=loonies,looney
wacko	pejorative	inflect=noun;forms=whacko,whackos
freeloader	pejorative	inflect=noun
moocher	pejorative	inflect=noun
deadbeat	pejorative	inflect=noun
leech	pejorative	forms=leeches	for people; literal in biology and medicine
snob	pejorative	inflect=noun
creep	pejorative	inflect=noun	noun for a person; "creeping" is not matched
pervert	pejorative	inflect=noun
degenerate	pejorative	inflect=noun
lowlife	pejorative	inflect=noun;forms=low-life,low-lifes
scum	pejorative
toady	pejorative	forms=toadies
yes-man	pejorative	forms=yes-men
pawn	pejorative	inflect=noun;weight=0.5	"a pawn of"; also the chess piece
sexist	pejorative	inflect=noun
misogynist	pejorative	inflect=noun
antisemite	pejorative	inflect=noun;forms=anti-semite,anti-semites
antisemitic	pejorative	forms=anti-semitic;weight=0.5	an evaluative charge, also descriptive of incidents (as racist)
homophobe	pejorative	inflect=noun
transphobe	pejorative	inflect=noun
islamophobe	pejorative	inflect=noun
race-baiting	pejorative	forms=race-baiter,race-baiters,race baiting
fanboy	pejorative	inflect=noun
zealous	pejorative	weight=0.5	"overzealous" is separate
overzealous	pejorative
# ---- emotive: affective and moral evaluation ----
shocking	emotive	forms=shocked
outrageous	emotive
outrage	emotive	inflect=verb	noun "outrage" ("sparked outrage") and "outraged"
disgraceful	emotive
disgrace	emotive	inflect=verb	noun "disgrace" and the label "disgraced" ("the disgraced former minister")
shameful	emotive
shameless	emotive
shamelessly	emotive
heartbreaking	emotive
heartbroken	emotive
heart-wrenching	emotive	forms=heartwrenching
gut-wrenching	emotive
harrowing	emotive
appalling	emotive	forms=appalled
horrifying	emotive	forms=horrified
horrific	emotive
horrendous	emotive
horror	emotive	inflect=noun
terrible	emotive
dreadful	emotive
awful	emotive
atrocious	emotive
abhorrent	emotive
despicable	emotive
deplorable	emotive
disgusting	emotive	forms=disgusted
repugnant	emotive
repulsive	emotive
revolting	emotive
vile	emotive
heinous	emotive
monstrous	emotive
evil	emotive	forms=evils	adjective and noun ("the evils of")
wicked	emotive
sickening	emotive	forms=sickened
obscene	emotive	weight=0.5	also a legal category ("obscene material")
scandalous	emotive
reprehensible	emotive
egregious	emotive
unconscionable	emotive
inexcusable	emotive
unforgivable	emotive
indefensible	emotive
unacceptable	emotive	weight=0.5	frequent in official statements; evaluative when in the writer's voice
damning	emotive
humiliating	emotive	forms=humiliated
furious	emotive
infuriating	emotive	forms=infuriated
enraged	emotive
incensed	emotive
livid	emotive
devastating	emotive	forms=devastated	also literal damage ("the storm devastated the town")
tragic	emotive
tragically	emotive
tragedy	emotive	forms=tragedies;weight=0.5	often the conventional word for a fatal event
terrifying	emotive	forms=terrified
frightening	emotive
chilling	emotive
alarming	emotive	weight=0.5
disturbing	emotive	weight=0.5
troubling	emotive	weight=0.5
distressing	emotive
grim	emotive	weight=0.5
dire	emotive		"dire warning", "dire consequences"
desperate	emotive	weight=0.5
heartless	emotive
callous	emotive
cruel	emotive
cruelty	emotive
cruelly	emotive
ruthless	emotive
ruthlessly	emotive
sinister	emotive
nefarious	emotive
shady	emotive
dodgy	emotive
menace	emotive	inflect=noun	"a menace to society"
hateful	emotive
vindictive	emotive
malicious	emotive
vitriol	emotive
vitriolic	emotive
toxic	emotive	weight=0.5	metaphorical ("toxic debate"); literal in health and environment reporting
greedy	emotive
arrogant	emotive
smug	emotive
brazen	emotive
blatant	emotive
blatantly	emotive
flagrant	emotive
notorious	emotive
infamous	emotive
hypocritical	emotive
hypocrisy	emotive
dishonest	emotive
cynical	emotive	weight=0.5
reckless	emotive
recklessly	emotive
irresponsible	emotive
incompetent	emotive
incompetence	emotive
inept	emotive
pathetic	emotive
ridiculous	emotive
absurd	emotive
ludicrous	emotive
preposterous	emotive
laughable	emotive
bizarre	emotive	weight=0.5
insane	emotive
crazy	emotive
idiotic	emotive
stupid	emotive
heroic	emotive		positive evaluation is loaded too (Recasens et al. 2013)
hero	emotive	forms=heroes	label ("hailed as a hero")
heroine	emotive	inflect=noun
courageous	emotive
brave	emotive	weight=0.5
valiant	emotive
noble	emotive	weight=0.5	also a social rank ("noble family")
glorious	emotive
inspiring	emotive
inspirational	emotive
triumphant	emotive
miraculous	emotive
miracle	emotive	inflect=noun;weight=0.5
amazing	emotive
brilliant	emotive	weight=0.5
beloved	emotive
cherished	emotive
iconic	emotive	weight=0.5
legendary	emotive
visionary	emotive	forms=visionaries
tireless	emotive	forms=tirelessly
fearless	emotive
# added in 1.1 (general English evaluative adjectives and nouns; gaps found on BABE train)
dangerous	emotive	weight=0.5	evaluative of people and policies ("a dangerous ideology"); also literal ("dangerous roads")
obvious	emotive	weight=0.5	presents a judgement as beyond dispute ("the obvious lie"); "obviously" is a booster in hedges.lex
dirty	emotive	weight=0.5	moral sense ("dirty politics", "dirty tricks"); also literal
hell	emotive		expletive and metaphor ("a living hell")
hellish	emotive
nightmarish	emotive
predatory	emotive
hatred	emotive
divisive	emotive
gullible	emotive
madness	emotive
insanity	emotive
lunacy	emotive
creepy	emotive
weak	emotive	weight=0.5	of people and leadership ("a weak president"); descriptive in economics ("weak demand")
spineless	emotive
gutless	emotive
feckless	emotive
craven	emotive
ugly	emotive	weight=0.5
hideous	emotive
dumb	emotive
silly	emotive
foolish	emotive
fool	emotive	inflect=noun;forms=fooled,fooling
idiocy	emotive
stupidity	emotive
crazed	emotive
deranged	emotive
unhinged	emotive
bonkers	emotive
ignorant	emotive
ignorance	emotive
clueless	emotive
bungle	emotive	inflect=verb
botched	emotive	forms=botch,botches,botching
ham-fisted	emotive
heavy-handed	emotive
tone-deaf	emotive
misguided	emotive
wrongheaded	emotive	forms=wrong-headed
ill-conceived	emotive
half-baked	emotive
shortsighted	emotive	forms=short-sighted
outlandish	emotive
far-fetched	emotive
ramble	emotive	inflect=verb	"a rambling speech"
delusional	emotive
delusion	emotive	inflect=noun
irrational	emotive
paranoia	emotive
paranoid	emotive
obsession	emotive	inflect=noun
obsessed	emotive	forms=obsessive,obsessively
contempt	emotive
contemptuous	emotive
contemptible	emotive
needless	emotive	forms=needlessly
profligate	emotive
bloated	emotive
wasteful	emotive
useless	emotive
ineffective	emotive	weight=0.5
lackluster	emotive	forms=lacklustre
embarrassing	emotive	forms=embarrassingly
grotesque	emotive
nasty	emotive
petty	emotive
petulant	emotive
childish	emotive
whiny	emotive	forms=whining,whiny
stubborn	emotive
stingy	emotive
incoherent	emotive
implausible	emotive
frivolous	emotive
selfish	emotive
selfishness	emotive
self-serving	emotive
self-righteous	emotive
sanctimonious	emotive
condescending	emotive
patronizing	emotive	forms=patronising
pompous	emotive
narcissistic	emotive	forms=narcissist,narcissists
power-hungry	emotive
venal	emotive
rapacious	emotive
exploitative	emotive
merciless	emotive	forms=mercilessly
inhumane	emotive
cold-hearted	emotive
venomous	emotive
vengeful	emotive
spiteful	emotive
mean-spirited	emotive
devious	emotive
sneaky	emotive
underhanded	emotive
duplicitous	emotive
deceitful	emotive
disingenuous	emotive
mendacious	emotive
two-faced	emotive
unscrupulous	emotive
immoral	emotive
sleazy	emotive	forms=sleaze
sordid	emotive
seedy	emotive
squalid	emotive
filthy	emotive
perverse	emotive
depraved	emotive
decadent	emotive
crooked	emotive
rotten	emotive
shoddy	emotive
sloppy	emotive
lousy	emotive
horrible	emotive	forms=horribly
loathsome	emotive
odious	emotive
detestable	emotive
abysmal	emotive
dismal	emotive
woeful	emotive
wretched	emotive
pitiful	emotive
lamentable	emotive
intolerable	emotive
insufferable	emotive
obnoxious	emotive
offensive	emotive	weight=0.5	"deeply offensive"; also military ("a ground offensive") and sports
insulting	emotive
demeaning	emotive
degrading	emotive
poisonous	emotive	weight=0.5	metaphorical ("a poisonous atmosphere"); literal for substances
insidious	emotive
pernicious	emotive
destructive	emotive	weight=0.5
ruinous	emotive
calamitous	emotive
bleak	emotive	weight=0.5
dystopian	emotive
orwellian	emotive
startling	emotive
depressing	emotive	forms=depressingly
scary	emotive
angry	emotive	weight=0.5	attributes an emotion ("angry protesters"); often reported plainly
rage	emotive	forms=raging	"rage" as a characterisation of protest or speech
magnificent	emotive
splendid	emotive
superb	emotive
stellar	emotive
spectacular	emotive	weight=0.5
fantastic	emotive
wonderful	emotive
marvelous	emotive	forms=marvellous
terrific	emotive
phenomenal	emotive
genius	emotive	weight=0.5
masterful	emotive	forms=masterfully
masterpiece	emotive	inflect=noun
righteous	emotive
virtuous	emotive
saintly	emotive
selfless	emotive
gallant	emotive
admirable	emotive
laudable	emotive
commendable	emotive
praiseworthy	emotive
exemplary	emotive
impeccable	emotive
# ---- intensifier: force-raising modifiers ----
utterly	intensifier
utter	intensifier
absolutely	intensifier
incredibly	intensifier
incredible	intensifier
unbelievable	intensifier
unbelievably	intensifier
enormously	intensifier
enormous	intensifier
tremendously	intensifier
tremendous	intensifier
hugely	intensifier
immensely	intensifier
immense	intensifier
vastly	intensifier
overwhelmingly	intensifier
overwhelming	intensifier	weight=0.5
exceptionally	intensifier
extraordinarily	intensifier
extraordinary	intensifier
remarkably	intensifier
remarkable	intensifier	weight=0.5
staggeringly	intensifier
staggering	intensifier
astonishingly	intensifier
astonishing	intensifier
astounding	intensifier
shockingly	intensifier
ridiculously	intensifier
outrageously	intensifier
alarmingly	intensifier
egregiously	intensifier
profoundly	intensifier
gravely	intensifier	weight=0.5
desperately	intensifier
wildly	intensifier
hopelessly	intensifier
dangerously	intensifier
grossly	intensifier
woefully	intensifier
fiercely	intensifier
bitterly	intensifier
massively	intensifier
massive	intensifier
colossal	intensifier
gigantic	intensifier
monumental	intensifier
astronomical	intensifier
mammoth	intensifier
whopping	intensifier
gargantuan	intensifier
unprecedented	intensifier
unparalleled	intensifier
unimaginable	intensifier
unthinkable	intensifier
unheard-of	intensifier	forms=unheard of
record-breaking	intensifier
epic	intensifier
drastic	intensifier
drastically	intensifier
dramatic	intensifier	weight=0.5
dramatically	intensifier	weight=0.5
stark	intensifier	weight=0.5	"stark warning"
sheer	intensifier
countless	intensifier
endless	intensifier
relentless	intensifier
relentlessly	intensifier
unrelenting	intensifier
all-out	intensifier
all-time	intensifier
worst-ever	intensifier
once-in-a-generation	intensifier
mind-boggling	intensifier
# added in 1.1
aggressively	intensifier
aggressive	intensifier	weight=0.5	"aggressive tactics"; also neutral in medicine ("aggressive tumour") and sport
surprisingly	intensifier	weight=0.5	the writer's evaluation of expectedness
absurdly	intensifier
insanely	intensifier
outright	intensifier	weight=0.5
downright	intensifier
flat-out	intensifier
brazenly	intensifier
flagrantly	intensifier
cynically	intensifier
clumsily	intensifier	forms=clumsy
atrociously	intensifier
myriad	intensifier
plethora	intensifier
litany	intensifier
deluge	intensifier	forms=deluged
avalanche	intensifier	weight=0.5	also literal
barrage	intensifier	forms=barrages	"a barrage of attacks"; also military
# ---- sensational: dramatising verbs and nouns ----
slam	sensational	forms=slams,slammed,slamming	combative reporting verb; also literal ("slammed the door")
blast	sensational	inflect=verb	verb sense "blasted the plan"; the noun is also a literal explosion
lambast	sensational	inflect=verb;forms=lambaste,lambastes
excoriate	sensational	inflect=verb
eviscerate	sensational	inflect=verb
skewer	sensational	inflect=verb
rip into	sensational	forms=rips into,ripped into,ripping into
lash out	sensational	forms=lashes out,lashed out,lashing out
hit out	sensational	forms=hits out,hitting out	"hit out at"
hit back	sensational	forms=hits back,hitting back	also literal
fire back	sensational	inflect=verb
bash	sensational	forms=bashes,bashed,bashing
hammer	sensational	inflect=verb;weight=0.5	"hammered by critics"; also the tool
clash	sensational	forms=clashes,clashed,clashing;weight=0.5	standard for street confrontations; dramatising for verbal disagreement
feud	sensational	inflect=noun;forms=feuding
spat	sensational	weight=0.5	also past tense of "spit"
row over	sensational	weight=0.5	British "a row over funding"; "row" alone is excluded (row of seats, rowing)
war of words	sensational
showdown	sensational	inflect=noun
tirade	sensational	inflect=noun
diatribe	sensational	inflect=noun
scathing	sensational
skyrocket	sensational	inflect=verb;forms=sky-rocket,sky-rocketed,sky-rocketing
soar	sensational	inflect=verb;weight=0.5	conventional in market reporting
plunge	sensational	inflect=verb
plummet	sensational	inflect=verb
nosedive	sensational	inflect=verb;forms=nose-dive,nose-dived,nose-diving
tumble	sensational	inflect=verb;weight=0.5	conventional in market reporting
rocketed	sensational	forms=rocketing	the noun "rocket" is excluded
freefall	sensational	forms=free-fall,free fall
tailspin	sensational	inflect=noun
spiralling	sensational	forms=spiraling,spiralled,spiraled
out of control	sensational	weight=0.5
through the roof	sensational
implode	sensational	inflect=verb
meltdown	sensational	inflect=noun	also literal (nuclear meltdown)
erupt	sensational	inflect=verb;weight=0.5	metaphorical ("erupted in anger"); literal for volcanoes
explode	sensational	inflect=verb;weight=0.5	metaphorical use; literal explosions also match
explosive	sensational
rocked	sensational		"scandal rocked the government"; the noun "rock" is excluded
bombshell	sensational	inflect=noun
firestorm	sensational	inflect=noun
frenzy	sensational	forms=frenzies
feeding frenzy	sensational
furore	sensational	forms=furor
uproar	sensational
outcry	sensational	weight=0.5
fury	sensational		headline noun ("fury as ...")
backlash	sensational	weight=0.5
storm of	sensational		"storm of criticism"; "storm" alone is weather
flood of	sensational	weight=0.5	"flood of migrants" (dehumanising) but also "flood of complaints"
chaos	sensational
chaotic	sensational
mayhem	sensational
pandemonium	sensational
havoc	sensational
turmoil	sensational	weight=0.5
catastrophe	sensational	inflect=noun
catastrophic	sensational
disaster	sensational	inflect=noun;weight=0.5	literal for natural disasters
disastrous	sensational
debacle	sensational	inflect=noun
fiasco	sensational	inflect=noun;forms=fiascoes
shambles	sensational
shambolic	sensational
nightmare	sensational	inflect=noun
apocalypse	sensational
apocalyptic	sensational
armageddon	sensational
doomed	sensational
on the brink	sensational	weight=0.5
exodus	sensational	weight=0.5
embattled	sensational		label for a person under pressure ("embattled prime minister")
beleaguered	sensational
in hot water	sensational
scandal	sensational	inflect=noun;weight=0.5	often the conventional name of an affair ("the Watergate scandal")
scandal-hit	sensational	forms=scandal-plagued,scandal-ridden
stunning	sensational	forms=stunned
shock	sensational	inflect=noun;weight=0.5	headline-ese ("shock resignation"); also medical shock. "shocking" is under emotive
jaw-dropping	sensational
sensational	sensational
seismic	sensational	weight=0.5	metaphorical ("seismic shift"); literal in earthquake reporting
earth-shattering	sensational
game-changer	sensational	inflect=noun
game-changing	sensational
# added in 1.1
destroy	sensational	inflect=verb;weight=0.5	metaphorical ("destroying the economy"); also literal destruction
wreck	sensational	inflect=verb;weight=0.5
ruin	sensational	inflect=verb;weight=0.5
threaten	sensational	inflect=verb;weight=0.5	dramatising ("threatens democracy"); also literal threats
fueled	sensational	forms=fuelled,fueling,fuelling	verb forms ("fueled anger"); the noun "fuel" and the ambiguous "fuels" are not listed
stoke	sensational	inflect=verb	"stoked fears"
inflame	sensational	inflect=verb
flooded	sensational	forms=flooding;weight=0.5	"flooded with"; also literal floods. "flood of" is listed separately; the noun "flood" is not listed
plague	sensational	inflect=verb;weight=0.5	"plagued by scandal"; also the disease
ripped	sensational	forms=rips,ripping;weight=0.5	"ripped the decision"; "rip into" is listed separately; "rip" alone is not listed ("rip current", "RIP")
tear into	sensational	forms=tears into,tore into,tearing into,torn into
mock	sensational	inflect=verb	mocked, mocking
ridicule	sensational	inflect=verb
demonize	sensational	inflect=verb;forms=demonise,demonises,demonised,demonising
sabotage	sensational	inflect=verb
weaponize	sensational	inflect=verb;forms=weaponise,weaponises,weaponised,weaponising
tsunami	sensational	weight=0.5	metaphorical ("a tsunami of lawsuits"); also literal
bonanza	sensational	inflect=noun
cower	sensational	inflect=verb
ram through	sensational	forms=rams through,rammed through,ramming through
ramming	sensational	weight=0.5	"ramming legislation"; also literal vehicle rammings
suppress	sensational	inflect=verb;weight=0.5	"suppress dissent"; also medical ("suppress the immune system")
hostage	sensational	forms=hostages;weight=0.5	metaphorical "held hostage by"; also literal
spew	sensational	inflect=verb
sneer	sensational	inflect=verb
taunt	sensational	inflect=verb
gloat	sensational	inflect=verb
whine	sensational	forms=whines,whined
seethe	sensational	inflect=verb
berate	sensational	inflect=verb
trashed	sensational	forms=trashing;weight=0.5	verb sense ("trashed the plan"); the noun "trash" is not listed
torpedo	sensational	forms=torpedoed,torpedoing,torpedoes	metaphorical "torpedoed the deal"
gutted	sensational	forms=gutting;weight=0.5	"gutted the agency"; the noun "gut" is not listed
panic	sensational	forms=panicked,panicking;weight=0.5
mess	sensational	forms=messes
messy	sensational
circus	sensational	weight=0.5	"a media circus"; also literal
anarchy	sensational
train wreck	sensational	forms=trainwreck,train-wreck,train wrecks
dumpster fire	sensational
bedlam	sensational
free-for-all	sensational
scourge	sensational
doom	sensational	weight=0.5	"doom and gloom"; "doomed" is listed separately
# ---- delegitimising: labels denying legitimacy or good faith ----
so-called	delegitimising		one token under framing.text tokenisation
illegitimate	delegitimising
sham	delegitimising	inflect=noun
puppet	delegitimising	inflect=noun	"puppet government", "Moscow's puppet"
mouthpiece	delegitimising	inflect=noun
rubber-stamp	delegitimising	forms=rubber stamp,rubber-stamps,rubber-stamped	"rubber-stamp parliament"
propaganda	delegitimising
tyranny	delegitimising	forms=tyrannies
tyrannical	delegitimising
oppressive	delegitimising
oppression	delegitimising
repressive	delegitimising
repression	delegitimising	weight=0.5	also descriptive in human-rights reporting
authoritarian	delegitimising	inflect=noun;weight=0.5	political-science descriptor that also functions as a delegitimising label
authoritarianism	delegitimising	weight=0.5
dictatorship	delegitimising	inflect=noun
despotic	delegitimising
totalitarian	delegitimising
draconian	delegitimising
police state	delegitimising	inflect=noun
banana republic	delegitimising	inflect=noun
kleptocracy	delegitimising	forms=kleptocracies
kleptocrat	delegitimising	inflect=noun
cronyism	delegitimising
nepotism	delegitimising	weight=0.5
corrupt	delegitimising		as a label ("corrupt regime"); the noun "corruption" is topical and excluded
usurper	delegitimising	inflect=noun
terrorism	delegitimising	weight=0.5	decision: the loading of "terrorism" lies in labelling political violence as illegitimate, not in imagery; also the legal term (hence 0.5). Hyphenated "counter-terrorism" is a different token and does not match
terror	delegitimising	weight=0.5	"terror group", "terror attack": same labelling function as "terrorism"
rigged	delegitimising
fraudulent	delegitimising	weight=0.5	also the legal term
bogus	delegitimising
phony	delegitimising	forms=phoney
fake	delegitimising	weight=0.5
fake news	delegitimising
hoax	delegitimising	forms=hoaxes
farce	delegitimising	inflect=noun
farcical	delegitimising
charade	delegitimising	inflect=noun
travesty	delegitimising	forms=travesties
mockery	delegitimising		"a mockery of justice"
kangaroo court	delegitimising	inflect=noun
show trial	delegitimising	inflect=noun
witch hunt	delegitimising	inflect=noun;forms=witch-hunt,witch-hunts,witchhunt,witchhunts
smear	delegitimising	inflect=verb	noun ("a smear") and verb; British "smear test" is a false positive
whitewash	delegitimising	forms=whitewashes,whitewashed,whitewashing
cover-up	delegitimising	forms=cover-ups,coverup,coverups
power grab	delegitimising	inflect=noun
land grab	delegitimising	inflect=noun;weight=0.5
stunt	delegitimising	inflect=noun;weight=0.5	"political stunt", "publicity stunt"; also film stunts
ploy	delegitimising	inflect=noun
gimmick	delegitimising	inflect=noun
posturing	delegitimising
grandstanding	delegitimising
pandering	delegitimising	forms=pander,panders,pandered
virtue signalling	delegitimising	forms=virtue-signalling,virtue signaling,virtue-signaling
self-styled	delegitimising
self-proclaimed	delegitimising
self-appointed	delegitimising
would-be	delegitimising	weight=0.5	delegitimising in "would-be leader"; neutral in "would-be attacker"
conspiracy theory	delegitimising	forms=conspiracy theories	dismissive label; sometimes accurate
junk science	delegitimising
pseudoscience	delegitimising	forms=pseudo-science
baseless	delegitimising	weight=0.5	also neutral fact-check language
unfounded	delegitimising	weight=0.5
groundless	delegitimising
spurious	delegitimising
specious	delegitimising
dubious	delegitimising	weight=0.5
discredited	delegitimising
debunked	delegitimising	weight=0.5	fact-check language
nonsense	delegitimising
nonsensical	delegitimising
drivel	delegitimising
scaremongering	delegitimising	forms=scare-mongering
fearmongering	delegitimising	forms=fear-mongering
alarmist	delegitimising	inflect=noun	dismisses a concern as exaggerated
hysteria	delegitimising		dismisses concern as irrational
hysterical	delegitimising
rant	delegitimising	inflect=verb	dismisses speech as irrational ("a rant", "ranted")
screed	delegitimising	inflect=noun
brainwash	delegitimising	forms=brainwashes,brainwashed,brainwashing
indoctrinate	delegitimising	inflect=verb
indoctrination	delegitimising
enemy of the people	delegitimising	forms=enemies of the people
fifth column	delegitimising	forms=fifth columnist,fifth columnists
toothless	delegitimising	weight=0.5
# added in 1.1
gibberish	delegitimising
bullshit	delegitimising
crap	delegitimising	forms=crappy
misinformation	delegitimising	weight=0.5	fact-check language; also a label for an opponent's claims
disinformation	delegitimising	weight=0.5
scam	delegitimising	inflect=noun
smokescreen	delegitimising	forms=smoke screen,smokescreens
ruse	delegitimising	inflect=noun
guise	delegitimising		"under the guise of"
pretext	delegitimising	inflect=noun;weight=0.5
boondoggle	delegitimising	inflect=noun
pork-barrel	delegitimising	forms=pork barrel
slush fund	delegitimising	inflect=noun
cash grab	delegitimising	inflect=noun;forms=money grab,money grabs
handout	delegitimising	inflect=noun;weight=0.5	"government handouts"; also a printed sheet
dog whistle	delegitimising	inflect=noun;forms=dog-whistle,dog-whistles
talking points	delegitimising
trope	delegitimising	inflect=noun;weight=0.5
ideology	delegitimising	forms=ideologies;weight=0.5	framing beliefs as ideology ("gender ideology"); descriptive in political science
anti-science	delegitimising
snake oil	delegitimising
lies	delegitimising		plural noun and verb ("told lies", "he lies"); the singular "lie" is excluded ("lie down", "lie in state")
lied	delegitimising		calls a statement a lie
lying	delegitimising	weight=0.5	"lying to the public"; also "lying on the floor"
falsehood	delegitimising	inflect=noun
disingenuously	delegitimising
# ---- distancing: epistemological framing ----
claim	distancing	inflect=verb	"claimed" for "said" is the textbook epistemological bias (Recasens et al. 2013); the noun plural is the verb's -s form. Also the neutral insurance and legal noun ("filed a claim"): accepted false positive. The same verb is a distancing attribution cue in attribution.lex
boast	distancing	inflect=verb	presents a statement as self-praise
brag	distancing	forms=brags,bragged,bragging
tout	distancing	inflect=verb	"touted the plan"
trumpet	distancing	forms=trumpeted,trumpeting	verb sense; the noun "trumpet" (instrument) also matches
pretend	distancing	inflect=verb	imputes insincerity
pretense	distancing	forms=pretence,pretenses,pretences
peddle	distancing	inflect=verb	"peddling conspiracy theories"
parrot	distancing	forms=parroted,parroting	imputes thoughtless repetition
pontificate	distancing	inflect=verb
feign	distancing	inflect=verb
# ---- violence: violence imagery ----
violence	violence		frequent and often descriptive ("violence erupted"); listed because choosing "violence" over e.g. "clashes" or "unrest" frames events
violent	violence		"violent protesters" is a protest-paradigm frame (McLeod & Hertog 1999)
violently	violence
brutality	violence	forms=brutalities
brutal	violence
brutally	violence
brutalise	violence	inflect=verb;forms=brutalize,brutalizes,brutalized,brutalizing
bloodshed	violence
bloody	violence	weight=0.5	also a British expletive
bloodied	violence
bloodbath	violence	inflect=noun
bloodletting	violence
bloodthirsty	violence
blood-soaked	violence
blood on their hands	violence	forms=blood on his hands,blood on her hands,blood on its hands,blood on our hands,blood on your hands
carnage	violence
slaughter	violence	inflect=verb	noun and verb
butcher	violence	inflect=verb	verb ("butchered"); the occupation noun also matches
butchery	violence
atrocity	violence	forms=atrocities
savage	violence	forms=savaged,savaging	adjective and verb ("savaged by critics"); the plural noun is under pejorative
savagely	violence
savagery	violence
vicious	violence
viciously	violence
barbaric	violence
barbarism	violence
gruesome	violence
grisly	violence
murderous	violence
mass murder	violence	forms=mass murders,mass murderer,mass murderers
genocide	violence	weight=0.5	legal term; loaded when applied by the writer to a contested case
genocidal	violence
ethnic cleansing	violence
pogrom	violence	inflect=noun
annihilate	violence	inflect=verb
annihilation	violence
obliterate	violence	inflect=verb
decimate	violence	inflect=verb;weight=0.5
maim	violence	inflect=verb
mutilate	violence	inflect=verb
torture	violence	inflect=verb;weight=0.5	legal term in human-rights reporting; also hyperbolic
terrorise	violence	inflect=verb;forms=terrorize,terrorizes,terrorized,terrorizing
reign of terror	violence
ravage	violence	inflect=verb	also literal for storms and disease
war-torn	violence	forms=war-ravaged
rampage	violence	inflect=verb
killing spree	violence	inflect=noun
gun down	violence	forms=guns down,gunned down,gunning down
mow down	violence	forms=mows down,mowed down,mown down,mowing down
lynch	violence	forms=lynches,lynched,lynching
lynch mob	violence	inflect=noun
execution-style	violence
crackdown	violence	inflect=noun	implies forceful suppression; a framing choice versus "enforcement operation"
crush	violence	forms=crushes,crushed,crushing;weight=0.5	"crushed dissent", "crushing defeat"
iron fist	violence	forms=iron-fisted
jackboot	violence	inflect=noun;forms=jackbooted
maul	violence	inflect=verb;weight=0.5	metaphorical ("mauled by critics"); literal animal attacks
onslaught	violence	inflect=noun
blitz	violence	weight=0.5	military metaphor ("media blitz")
bombard	violence	inflect=verb;weight=0.5	metaphorical ("bombarded with questions"); literal shelling
besiege	violence	inflect=verb	metaphorical "besieged minister"; literal sieges
under siege	violence
war on	violence		war metaphor ("war on drugs", "war on women"); literal "war on Ukraine" also matches, so the code should not treat this as proof of metaphor
war zone	violence	inflect=noun;forms=warzone,warzones	"turned into a war zone"
assault on	violence	weight=0.5	metaphorical "assault on democracy"; literal assaults also match. Plain "assault" and "attack" are excluded
crusade	violence	inflect=noun;forms=crusader,crusaders	war metaphor for a campaign
warpath	violence		"on the warpath"
scorched earth	violence	forms=scorched-earth
