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
#   "violence", "violent", "brutality", "regime" and "crackdown" stayed in 1.1 as reference
#   cases; in 2.0 the evidence decides (below): "violence" is topical and "violent" and
#   "regime" are in loaded_extended.
# * Added in 1.1: the distancing category (epistemological framing, Recasens et al. 2013:
#   "claimed", "touted", "boasted" instead of "said") and general-English evaluative,
#   dismissive and dramatising vocabulary found missing by error analysis on BABE train_SG2.
#   Topical words that annotators marked in context ("white", "coronavirus", "kill") are not
#   listed: a context-free lexicon cannot know when they are loaded. No word was copied from a
#   published list.
# * Political position labels are treated alike: far-left, far-right, hard-left, hard-right,
#   ultra-left, ultra-right all with weight 0.5, and the core rule judges them as one group
#   (their evidence pooled, [evidence] groups): alone, annotators marked "far-left" in 4 of 8
#   hits and "far-right" in 1 of 12, an asymmetry of the annotation that a measure of media
#   bias must not inherit.
# * Added for issue 13 (recall on other corpora and held-out topics): general-English
#   evaluative, dismissive, dramatising and hostile vocabulary, written as word families (from a
#   word such as "pointless", also "futile", "senseless", "meaningless", "fruitless"), and a new
#   category, evaluative (appraisal: judgement and appreciation, Martin & White 2005), for
#   evaluative words milder than the emotive category. Misses on the tuning topics were used as
#   a guide only; no word was copied from a published list, and no entry was tuned to a single
#   sentence. Additions that fired mostly on unannotated words in the tuning topics were dropped.
# * Not listed, deliberately: (1) topic names, even when annotators marked them in context
#   ("abortion", "harassment", "socialist", "feminist", "illegal", "deadly", "kill"); partisan
#   labels for one side of a topical debate ("anti-choice", "pro-abortion", "abortionist",
#   "death tax") are listed, because the label, not the topic, is the choice; (2) reporting
#   verbs, whether or not they are attribution cues in attribution.lex ("decry", "deride",
#   "spout", "blather", "gripe", "extol"): how a writer reports speech is measured there, and
#   counting it here too would count it twice; (3) words that hedges.lex counts ("supposedly",
#   "purportedly", "ostensibly", "allegedly", "questionable"); (4) plain degree words
#   ("highly", "very", "too", "ever") and general or conventional judgements that fired mostly
#   on unannotated words ("good", "great", "wrong", "worse", "worst", "extreme",
#   "controversial", "contentious", "partisan", "rhetoric", "fierce", "unfair", "incite");
#   (5) words whose literal sense dominates news ("crude", "foul", "outstanding",
#   "revolutionary", "scorching", "railroad" as a noun).
# * Weight 0.5 also marks new entries with a frequent literal or technical sense ("glossy",
#   "shallow", "rash", "faulty", "volatile") and judgements often made in a conventional way
#   ("false" in "false positive", "staunch", "ambitious", "sensible").
#
# Version 2.0 (issue 13): a core with evidence, and switchable broader categories.
# * Every entry records its evidence on the shared gold (evidence=ANNOTATED/HITS: of its
#   matches in the tuning topics of three annotations of biased words, pooled, how many fell
#   on annotated words; [evidence] below; `framing lexicon show loaded` prints it).
# * The core rule: an entry with at least min_hits matches and a precision below
#   min_precision leaves the core for loaded_extended.lex (category kept). The rule was
#   chosen by topic-held-out cross-validation (experiments/generalisation.py: the worst domain
#   x topic-fold F1 over a grid of thresholds; stricter thresholds lowered it). Entries with
#   fewer matches stay, on the curators' judgement.
# * Topical nouns (terrorism, violence, misinformation, ideology, genocide, ...) moved to the
#   category topical of loaded_extended.lex: a word that names a topic is not loaded language
#   by itself, and they dominated the keyness between outlets.
# * Reporting verbs are counted once, as attribution cues: claim, boast, brag, tout (the
#   distancing category) and slam, blast, lambast, excoriate, lash out, hit back, fire back,
#   threaten, mock, ridicule, sneer, gloat, whine, berate, rant (sensational) left this
#   lexicon; their loading is the stance of the cue (distancing_cue_share, emotive_cue_share,
#   ...). No form of a loaded entry is an attribution cue (a test checks).

[lexicon]
name = "loaded"
version = "2.0"
description = "Loaded language in news prose: pejorative and delegitimising labels, emotive and evaluative judgement, intensification, sensationalism, violence imagery and epistemological distancing, i.e. word choices that carry the writer's framing rather than neutral description. The default core; broader categories (topical nouns, low-precision entries) are in loaded_extended."
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

[[citations]]
key = "pryzant2020"
text = "Pryzant, R., Diehl Martinez, R., Dass, N., Kurohashi, S., Jurafsky, D., & Yang, D. (2020). Automatically neutralizing subjective bias in text. In Proceedings of the AAAI Conference on Artificial Intelligence, 34(01), 480-489."
bibtex = """@inproceedings{pryzant2020, author={Pryzant, Reid and Diehl Martinez, Richard and Dass, Nathan and Kurohashi, Sadao and Jurafsky, Dan and Yang, Diyi}, title={Automatically Neutralizing Subjective Bias in Text}, booktitle={Proceedings of the AAAI Conference on Artificial Intelligence}, volume={34}, number={01}, pages={480--489}, year={2020}}"""

[[citations]]
key = "spinde2021words"
text = "Spinde, T., Rudnitckaia, L., Mitrovic, J., Hamborg, F., Granitzer, M., Gipp, B., & Donnay, K. (2021). Automated identification of bias inducing words in news articles using linguistic and context-oriented features. Information Processing & Management, 58(3), 102505."
bibtex = """@article{spinde2021words, author={Spinde, Timo and Rudnitckaia, Lada and Mitrovi{\\'c}, Jelena and Hamborg, Felix and Granitzer, Michael and Gipp, Bela and Donnay, Karsten}, title={Automated Identification of Bias Inducing Words in News Articles Using Linguistic and Context-Oriented Features}, journal={Information Processing \\& Management}, volume={58}, number={3}, pages={102505}, year={2021}}"""

# Evidence of the entries (evidence= options) and the rule that keeps an entry in the core.
[evidence]
data = "matches in the tuning topics of three gold annotations of biased words: BABE train_SG2 (experts), MBIC (crowd), SG1 (experts), pooled; the final-split topics are never counted"
command = "python experiments/generalisation.py --write-evidence"
min_precision = 0.15
min_hits = 10
groups = [["far-left", "far-right", "hard-left", "hard-right", "ultra-left", "ultra-right"]]

# Categories. Informed by: Recasens et al. 2013 (framing-bias words, subjective intensifiers);
# Spinde et al. 2021 (BABE/MBIC: word-level bias annotation in news); Martin & White 2005
# (appraisal: affect/judgement for emotive and pejorative, graduation/force for intensifier);
# Wiebe et al. 2005 (expressive subjective elements); Entman 1993 and Semetko & Valkenburg 2000
# (labels and conflict framing); McLeod & Hertog 1999 (protest-paradigm labels such as
# "rioters", "mob", "looters"). Recasens et al. 2013 separate framing bias (subjective words:
# the categories here) from epistemological bias (factives, assertives, hedges: the attribution
# and hedges lexicons), which is why reporting verbs live in attribution.lex; Pryzant et al.
# 2020 show that most subjective bias in edited text sits in single words, the unit a lexicon
# and the context model mark; Spinde et al. 2021 (IP&M) detect bias-inducing words with a
# feature-based model, the design of framing's context model (framing train-loaded).

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
definition = "Sensational verbs and nouns that dramatise conflict, change or disorder: dramatic movement and damage verbs (skyrocket, plunge, plummet, gut, cripple) and nouns of turmoil or scandal (chaos, meltdown, fiasco, firestorm). Combat-style reporting verbs (slammed, blasted, lashed out) are attribution cues, counted once there (emotive stance)."

[categories.delegitimising]
layer = "loaded"
definition = "Labels that deny the legitimacy, authenticity or good faith of an institution, process, claim or actor (so-called, illegitimate, sham, puppet, propaganda, tyranny, witch hunt, power grab), including words that dismiss speech or concern as irrational (hysteria, scaremongering, rant)."

[categories.distancing]
layer = "loaded"
definition = "Epistemological framing (Recasens et al. 2013): words by which the writer presents what someone says or does as a pretence or a mere repetition, casting doubt on its truth or on the speaker's motives (pretend, pretense, peddle, parrot), where a neutral word was available. The reporting verbs of this kind (claim, boast, tout) are attribution cues and are counted once there, as the distancing or emotive stance of the cue."

[categories.violence]
layer = "loaded"
definition = "Violence imagery: words that describe or metaphorically evoke bloodshed and brutality (brutality, bloodshed, carnage, massacre, violence), including war metaphors applied to non-military matters (war on, crusade, under siege). Plain factual terms such as attack, shooting or killed are not included."

[categories.evaluative]
layer = "loaded"
definition = "General evaluative vocabulary of judgement and appreciation (Martin & White 2005, appraisal): words by which the writer assesses the competence, soundness, sincerity or worth of people, policies and things (flawed, mediocre, pointless, naive, dogmatic, lavish, tepid, controversial) rather than describing them, where the assessment is milder or less affective than the emotive category."

[[changes]]
version = "2.0"
date = "2026-12-05"
text = "Issue 13. Evaluated across three annotations of biased words and held-out topics (experiments/generalisation.py). About 1,340 general-English entries (word families) in all categories and a new category evaluative (Martin & White 2005), to raise recall on other corpora. Reporting verbs left (claim, boast, brag, tout, slam, blast, lambast, excoriate, lash out, hit back, fire back, threaten, mock, ridicule, sneer, gloat, whine, berate, rant; whining): they are attribution cues, counted once there with their stance. Topical nouns (terrorism, terror, extremism, fascism, nativism, misinformation, disinformation, propaganda, ideology, violence, genocide, ethnic cleansing, torture, authoritarianism, oppression, repression, conspiracy theory, bigotry, dictatorship) moved to loaded_extended (category topical). Every entry records its evidence (evidence=ANNOTATED/HITS); by the core rule (precision >= 0.15 unless fewer than 10 hits, mirror-image position labels judged together) regime and violent moved to loaded_extended. Results are not comparable with 1.x."

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
thug	pejorative	inflect=noun;evidence=4/4
thuggery	pejorative	evidence=1/1
zealot	pejorative	inflect=noun;evidence=1/1
zealotry	pejorative	evidence=3/3
extremist	pejorative	inflect=noun;evidence=10/24	noun and adjective ("extremist views"); a writer's label even where style guides allow it
militant	pejorative	inflect=noun;weight=0.5;evidence=0/2	conventional wire-service word for armed non-state actors; weaker loading than "terrorist", hence weight 0.5
terrorist	pejorative	inflect=noun;weight=0.5;evidence=4/17	contested label (major style guides advise attributing it); also an official designation in legal reporting, hence weight 0.5; "terrorism" is under delegitimising
jihadist	pejorative	inflect=noun;weight=0.5;evidence=0/0	common descriptor, but a label chosen by the writer
fanatic	pejorative	inflect=noun;evidence=6/6
fanatical	pejorative	evidence=0/0
fanaticism	pejorative	evidence=0/0
radical	pejorative	inflect=noun;weight=0.5;evidence=32/64	the noun ("radicals") is a label; the adjective is often descriptive ("radical reform")
hardliner	pejorative	inflect=noun;forms=hard-liner,hard-liners;weight=0.5;evidence=0/0	mild but evaluative label
far-right	pejorative	weight=0.5;evidence=1/12	standard descriptor in many outlets; applying it to a party or person is nevertheless a framing choice. Judged with its mirror images by the core rule (evidence pooled over the position labels, see [evidence] groups): alone, annotators marked it far less often than far-left, an asymmetry of the annotation that the measure should not inherit
far-left	pejorative	weight=0.5;evidence=4/8	see far-right
leftist	pejorative	inflect=noun;weight=0.5;evidence=15/19	mostly pejorative in US usage, neutral in some other varieties
firebrand	pejorative	inflect=noun;weight=0.5;evidence=0/0
demagogue	pejorative	inflect=noun;evidence=1/1
demagoguery	pejorative	forms=demagogy;evidence=3/3
despot	pejorative	inflect=noun;evidence=0/0
dictator	pejorative	inflect=noun;evidence=6/16	can be factually applied, but it is a label the writer chooses over "leader" or "president"
tyrant	pejorative	inflect=noun;evidence=1/1
autocrat	pejorative	inflect=noun;evidence=0/1
strongman	pejorative	forms=strongmen;weight=0.5;evidence=0/1
warlord	pejorative	inflect=noun;evidence=0/0
warmonger	pejorative	inflect=noun;evidence=0/0
warmongering	pejorative	evidence=0/0
crony	pejorative	forms=cronies;evidence=3/3
lackey	pejorative	inflect=noun;evidence=0/0
stooge	pejorative	inflect=noun;evidence=0/0
henchman	pejorative	forms=henchmen;evidence=0/0
minion	pejorative	inflect=noun;evidence=1/1
lapdog	pejorative	inflect=noun;evidence=0/0
sycophant	pejorative	inflect=noun;evidence=1/1
apologist	pejorative	inflect=noun;evidence=0/1
agitator	pejorative	inflect=noun;evidence=2/2
provocateur	pejorative	inflect=noun;evidence=0/0
rabble-rouser	pejorative	inflect=noun;evidence=0/0
troublemaker	pejorative	inflect=noun;evidence=0/0
hooligan	pejorative	inflect=noun;evidence=0/0
vandal	pejorative	inflect=noun;evidence=0/0
looter	pejorative	inflect=noun;weight=0.5;evidence=1/3	protest-paradigm label (McLeod & Hertog 1999); sometimes plainly descriptive
rioter	pejorative	inflect=noun;weight=0.5;evidence=1/4	"rioters" vs "protesters" is a classic framing choice
mob	pejorative	inflect=noun;evidence=17/18	"mob" vs "crowd"; also organised crime ("mob boss")
horde	pejorative	inflect=noun;evidence=3/3	dehumanising collective when used of people
swarm	pejorative	inflect=verb;weight=0.5;evidence=6/7	dehumanising animal metaphor for people ("migrants swarming"); literal for insects. Noun plural "swarms" is covered by the verb -s form
vermin	pejorative	evidence=0/0	dehumanising when applied to people
parasite	pejorative	inflect=noun;weight=0.5;evidence=0/0	dehumanising when applied to people; literal in biology and medicine
savages	pejorative	evidence=1/1	dehumanising plural noun; the adjective/verb "savage" is under violence
barbarian	pejorative	inflect=noun;evidence=0/0
illegals	pejorative	evidence=0/3	pejorative noun for undocumented migrants
illegal alien	pejorative	inflect=noun;evidence=25/26	legal term in older US statutes, now widely regarded as pejorative
anchor baby	pejorative	forms=anchor babies;evidence=0/0
welfare queen	pejorative	inflect=noun;evidence=0/0
globalist	pejorative	inflect=noun;evidence=1/6
elitist	pejorative	inflect=noun;evidence=0/0
elites	pejorative	weight=0.5;evidence=5/17	plural populist label "the elites"; the singular "elite" is usually descriptive and is excluded
bureaucrat	pejorative	inflect=noun;weight=0.5;evidence=0/4
fat cat	pejorative	inflect=noun;evidence=0/0
profiteer	pejorative	inflect=noun;evidence=0/0
profiteering	pejorative	evidence=0/0
crook	pejorative	inflect=noun;evidence=0/0
fraudster	pejorative	inflect=noun;weight=0.5;evidence=0/0	also used of people convicted of fraud
con man	pejorative	forms=con men,conman,conmen;evidence=0/0
charlatan	pejorative	inflect=noun;evidence=0/0
huckster	pejorative	inflect=noun;evidence=1/1
grifter	pejorative	inflect=noun;evidence=3/4
opportunist	pejorative	inflect=noun;evidence=0/0
spin doctor	pejorative	inflect=noun;evidence=0/0
propagandist	pejorative	inflect=noun;evidence=0/0
shill	pejorative	inflect=noun;evidence=1/3
party hack	pejorative	inflect=noun;evidence=0/0
ideologue	pejorative	inflect=noun;evidence=0/2
hatemonger	pejorative	inflect=noun;forms=hate-monger,hate-mongers;evidence=0/0
fearmonger	pejorative	inflect=noun;forms=fear-monger,fear-mongers;evidence=0/0
conspiracy theorist	pejorative	inflect=noun;evidence=0/3	dismissive label; sometimes accurate
denier	pejorative	inflect=noun;weight=0.5;evidence=1/3	"climate denier", "election denier"; "Holocaust denier" is descriptive
hypocrite	pejorative	inflect=noun;evidence=0/0
liar	pejorative	inflect=noun;evidence=6/6
bully	pejorative	forms=bullies,bullied,bullying;evidence=1/3	noun and verb
coward	pejorative	inflect=noun;evidence=0/0
cowardly	pejorative	evidence=1/1
bigot	pejorative	inflect=noun;evidence=2/2
bigoted	pejorative	evidence=7/7
xenophobe	pejorative	inflect=noun;evidence=0/0
racist	pejorative	inflect=noun;weight=0.5;evidence=23/49	an evaluative charge in the writer's own voice; also descriptive ("racist abuse")
traitor	pejorative	inflect=noun;evidence=0/0
treacherous	pejorative	evidence=0/0
turncoat	pejorative	inflect=noun;evidence=0/0
quisling	pejorative	inflect=noun;evidence=0/0
cult	pejorative	inflect=noun;evidence=5/7	for religious or political groups; "cult following" and "cult classic" are non-pejorative idioms
cabal	pejorative	inflect=noun;evidence=3/4
junta	pejorative	inflect=noun;weight=0.5;evidence=0/0	conventional for military governments, but disparaging
ringleader	pejorative	inflect=noun;evidence=0/0
goon	pejorative	inflect=noun;evidence=0/0
lunatic	pejorative	inflect=noun;evidence=0/0
madman	pejorative	forms=madmen;evidence=0/0
maniac	pejorative	inflect=noun;evidence=0/0
psychopath	pejorative	inflect=noun;evidence=0/0
monster	pejorative	inflect=noun;evidence=6/6	when applied to people
predator	pejorative	inflect=noun;weight=0.5;evidence=0/0	label for offenders; literal in wildlife reporting
scumbag	pejorative	inflect=noun;evidence=0/0
idiot	pejorative	inflect=noun;evidence=0/0
moron	pejorative	inflect=noun;evidence=0/0
# added in 1.1 (gaps found by error analysis on BABE train; general English labels)
fascist	pejorative	inflect=noun;weight=0.5;evidence=5/6	as a label for contemporary opponents; also the historical descriptor, hence 0.5
fascistic	pejorative	evidence=2/2
marxist	pejorative	inflect=noun;weight=0.5;evidence=6/7	used as a label for opponents in US politics; a neutral descriptor in scholarship
hard-left	pejorative	weight=0.5;evidence=6/7	political-position label, like far-left
hard-right	pejorative	weight=0.5;evidence=0/0
ultra-left	pejorative	forms=ultra-leftist,ultra-leftists;weight=0.5;evidence=0/0
ultra-right	pejorative	forms=ultra-rightist,ultra-rightists;weight=0.5;evidence=0/0
woke	pejorative	weight=0.5;evidence=9/17	the political label ("woke mob", "woke ideology"); the past tense of "wake" ("woke up") is an accepted false positive
populist	pejorative	inflect=noun;weight=0.5;evidence=2/3	a political-science term, also used as a dismissive label
gangster	pejorative	inflect=noun;evidence=1/1
mafia	pejorative	forms=mafias;evidence=3/3	metaphorical "the ... mafia"; also organised crime
wannabe	pejorative	inflect=noun;forms=wannabee,wannabees;evidence=2/2
troll	pejorative	inflect=noun;forms=trolling,trolled;evidence=10/11	online harassers; also the folklore creature
quack	pejorative	inflect=noun;evidence=6/6
quackery	pejorative	evidence=1/1
ghoul	pejorative	inflect=noun;evidence=2/2
bastard	pejorative	inflect=noun;evidence=2/2
riffraff	pejorative	forms=riff-raff;evidence=0/0
rabble	pejorative	evidence=0/0
plutocrat	pejorative	inflect=noun;evidence=3/3
plutocracy	pejorative	forms=plutocracies;evidence=0/0
plutocratic	pejorative	evidence=2/2
oligarch	pejorative	inflect=noun;weight=0.5;evidence=0/2	the standard term for Russian and Ukrainian tycoons; a label elsewhere
truther	pejorative	inflect=noun;evidence=1/3
anti-vaxxer	pejorative	inflect=noun;forms=anti-vaxer,anti-vaxers,antivaxxer,antivaxxers;evidence=22/28
hater	pejorative	inflect=noun;evidence=2/3
guru	pejorative	inflect=noun;weight=0.5;evidence=2/2	ironic label ("self-help guru"); also the religious teacher
crackpot	pejorative	inflect=noun;evidence=0/0
kook	pejorative	inflect=noun;forms=kooky;evidence=0/0
nutjob	pejorative	inflect=noun;forms=nut job,nut jobs;evidence=0/0
loony	pejorative	forms=loonies,looney;evidence=1/1
wacko	pejorative	inflect=noun;forms=whacko,whackos;evidence=0/0
freeloader	pejorative	inflect=noun;evidence=0/0
moocher	pejorative	inflect=noun;evidence=0/0
deadbeat	pejorative	inflect=noun;evidence=0/0
leech	pejorative	forms=leeches;evidence=0/0	for people; literal in biology and medicine
snob	pejorative	inflect=noun;evidence=0/0
creep	pejorative	inflect=noun;evidence=1/1	noun for a person; "creeping" is not matched
pervert	pejorative	inflect=noun;evidence=0/0
degenerate	pejorative	inflect=noun;evidence=0/0
lowlife	pejorative	inflect=noun;forms=low-life,low-lifes;evidence=0/0
scum	pejorative	evidence=1/1
toady	pejorative	forms=toadies;evidence=0/0
yes-man	pejorative	forms=yes-men;evidence=0/0
pawn	pejorative	inflect=noun;weight=0.5;evidence=0/0	"a pawn of"; also the chess piece
sexist	pejorative	inflect=noun;evidence=14/22
misogynist	pejorative	inflect=noun;evidence=1/1
antisemite	pejorative	inflect=noun;forms=anti-semite,anti-semites;evidence=1/3
antisemitic	pejorative	forms=anti-semitic;weight=0.5;evidence=3/6	an evaluative charge, also descriptive of incidents (as racist)
homophobe	pejorative	inflect=noun;evidence=1/3
transphobe	pejorative	inflect=noun;evidence=0/0
islamophobe	pejorative	inflect=noun;evidence=0/0
race-baiting	pejorative	forms=race-baiter,race-baiters,race baiting;evidence=1/1
fanboy	pejorative	inflect=noun;evidence=0/0
zealous	pejorative	weight=0.5;evidence=0/0	"overzealous" is separate
overzealous	pejorative	evidence=0/0
# added for issue 13 (general-English vocabulary; cross-topic recall). Not copied from any list.
buffoon	pejorative	inflect=noun;evidence=3/3
buffoonery	pejorative	evidence=3/3
buffoonish	pejorative	evidence=1/1
clownish	pejorative	evidence=0/0
clown	pejorative	inflect=noun;weight=0.5;evidence=0/0	of people ("a clown"); literal circus clowns also match
imbecile	pejorative	inflect=noun;evidence=0/0
imbecilic	pejorative	evidence=0/0
dimwit	pejorative	inflect=noun;forms=dim-witted,dimwitted;evidence=0/0
ignoramus	pejorative	forms=ignoramuses;evidence=1/1
blowhard	pejorative	inflect=noun;evidence=0/0
windbag	pejorative	inflect=noun;evidence=0/0
loudmouth	pejorative	inflect=noun;forms=loud-mouthed,loudmouthed;evidence=0/0
know-it-all	pejorative	forms=know-it-alls;evidence=0/0
hothead	pejorative	inflect=noun;forms=hotheaded,hot-headed;evidence=0/0
crank	pejorative	inflect=noun;weight=0.5;evidence=0/0	"a crank"; also the mechanical part and "crank up"
nutcase	pejorative	inflect=noun;evidence=0/0
weirdo	pejorative	inflect=noun;evidence=0/0
oddball	pejorative	inflect=noun;evidence=0/0
villain	pejorative	inflect=noun;evidence=1/1	label for a person cast as the wrongdoer; also characters in fiction
villainous	pejorative	evidence=0/0
villainy	pejorative	evidence=1/1
fiend	pejorative	inflect=noun;evidence=0/0
brute	pejorative	inflect=noun;evidence=0/0
brutish	pejorative	evidence=0/0
thuggish	pejorative	evidence=1/1
dirtbag	pejorative	inflect=noun;evidence=0/0
sicko	pejorative	inflect=noun;evidence=0/0
jerk	pejorative	inflect=noun;weight=0.5;evidence=0/0	the insult; also "knee-jerk" is another token
loser	pejorative	inflect=noun;weight=0.5;evidence=1/1	insult; also the losing side of a contest
sore loser	pejorative	inflect=noun;evidence=0/0
has-been	pejorative	inflect=noun;evidence=0/3
washed-up	pejorative	evidence=0/0
nonentity	pejorative	forms=nonentities;evidence=0/0
lightweight	pejorative	inflect=noun;weight=0.5;evidence=0/0	"a political lightweight"; also boxing and materials
dilettante	pejorative	inflect=noun;evidence=0/0
amateurish	pejorative	evidence=0/0
amateur hour	pejorative	evidence=0/0
whiner	pejorative	inflect=noun;evidence=0/0
crybaby	pejorative	forms=crybabies,cry-baby,cry-babies;evidence=1/1
sellout	pejorative	inflect=noun;forms=sell-out,sell-outs;evidence=0/0
carpetbagger	pejorative	inflect=noun;evidence=0/0
interloper	pejorative	inflect=noun;evidence=0/0
pariah	pejorative	inflect=noun;evidence=0/0
outcast	pejorative	inflect=noun;weight=0.5;evidence=0/0
patsy	pejorative	forms=patsies;evidence=0/0
fall guy	pejorative	inflect=noun;evidence=0/0
figurehead	pejorative	inflect=noun;weight=0.5;evidence=2/3	implies powerlessness; also a formal title
acolyte	pejorative	inflect=noun;evidence=0/0
flunky	pejorative	forms=flunkies,flunkey,flunkeys;evidence=0/0
sidekick	pejorative	inflect=noun;evidence=0/0
enabler	pejorative	inflect=noun;evidence=0/0
apparatchik	pejorative	inflect=noun;forms=apparatchiki;evidence=0/0
cheerleader	pejorative	inflect=noun;weight=0.5;evidence=2/2	"a cheerleader for the war"; also literal
groupie	pejorative	inflect=noun;evidence=0/0
cultist	pejorative	inflect=noun;evidence=0/0
cult-like	pejorative	forms=cultlike;evidence=0/0
sheeple	pejorative	evidence=0/0
useful idiot	pejorative	inflect=noun;evidence=1/1
bootlicker	pejorative	inflect=noun;forms=bootlicking,boot-licking;evidence=0/0
brown-nosing	pejorative	forms=brown-noser,brown-nosers,brownnosing;evidence=0/0
pushover	pejorative	inflect=noun;evidence=0/0
doormat	pejorative	inflect=noun;weight=0.5;evidence=0/0
wimp	pejorative	inflect=noun;forms=wimpy;evidence=0/0
milquetoast	pejorative	evidence=3/3
weak-kneed	pejorative	evidence=0/0
wishy-washy	pejorative	evidence=0/0
overlord	pejorative	inflect=noun;evidence=0/0
puppet master	pejorative	inflect=noun;forms=puppet-master,puppet-masters,puppeteer,puppeteers;evidence=0/0
svengali	pejorative	forms=svengalis;evidence=0/0
tinpot	pejorative	forms=tin-pot;evidence=0/0
robber baron	pejorative	inflect=noun;evidence=0/0
slumlord	pejorative	inflect=noun;evidence=0/0
loan shark	pejorative	inflect=noun;evidence=0/0
gold digger	pejorative	inflect=noun;forms=gold-digger,gold-diggers;evidence=0/0
polluter	pejorative	inflect=noun;evidence=6/9	"big polluters": a label for companies where "emitters" or "producers" is neutral
careerist	pejorative	inflect=noun;evidence=0/0
doomsayer	pejorative	inflect=noun;forms=doom-monger,doom-mongers,doommonger,doommongers;evidence=3/3
naysayer	pejorative	inflect=noun;weight=0.5;evidence=0/0
busybody	pejorative	forms=busybodies;evidence=0/0
do-gooder	pejorative	inflect=noun;evidence=0/0
bleeding-heart	pejorative	forms=bleeding heart,bleeding hearts,bleeding-hearts;evidence=0/0
tree hugger	pejorative	inflect=noun;forms=tree-hugger,tree-huggers,treehugger,treehuggers;evidence=0/0
bible-thumper	pejorative	inflect=noun;forms=bible-thumping,bible thumper,bible thumpers;evidence=0/0
holier-than-thou	pejorative	evidence=0/0
redneck	pejorative	inflect=noun;evidence=0/0
hillbilly	pejorative	forms=hillbillies;evidence=0/0
yokel	pejorative	inflect=noun;evidence=0/0
bumpkin	pejorative	inflect=noun;evidence=0/0
deplorables	pejorative	weight=0.5;evidence=1/3	the label ("basket of deplorables"); the adjective "deplorable" is under emotive
feminazi	pejorative	inflect=noun;evidence=0/0
social justice warrior	pejorative	inflect=noun;forms=social justice warriors;evidence=1/1
sjw	pejorative	forms=sjws;evidence=0/0
libtard	pejorative	inflect=noun;evidence=0/0
moonbat	pejorative	inflect=noun;evidence=0/0
wingnut	pejorative	inflect=noun;evidence=0/0
commie	pejorative	inflect=noun;forms=commies;evidence=1/1
pinko	pejorative	inflect=noun;evidence=0/0
lefty	pejorative	forms=lefties,leftie;evidence=1/1
rightist	pejorative	inflect=noun;weight=0.5;evidence=0/0	see leftist
right-winger	pejorative	inflect=noun;weight=0.5;evidence=4/7	a label for a person; the adjectives "right-wing"/"left-wing" are descriptive and are not listed
left-winger	pejorative	inflect=noun;weight=0.5;evidence=1/1	see right-winger
reactionary	pejorative	forms=reactionaries;weight=0.5;evidence=3/6
neocon	pejorative	inflect=noun;forms=neo-con,neo-cons;evidence=0/2
ultranationalist	pejorative	inflect=noun;forms=ultra-nationalist,ultra-nationalists;weight=0.5;evidence=0/0
ultraconservative	pejorative	inflect=noun;forms=ultra-conservative,ultra-conservatives;weight=0.5;evidence=0/1
ultraliberal	pejorative	inflect=noun;forms=ultra-liberal,ultra-liberals;weight=0.5;evidence=0/0
ultra-progressive	pejorative	inflect=noun;weight=0.5;evidence=3/3
arch-conservative	pejorative	inflect=noun;weight=0.5;evidence=0/0
hyper-partisan	pejorative	forms=hyperpartisan;evidence=1/1
alt-left	pejorative	evidence=0/0
nativist	pejorative	inflect=noun;evidence=0/0
xenophobic	pejorative	evidence=2/3
homophobic	pejorative	weight=0.5;evidence=0/1	see racist
transphobic	pejorative	weight=0.5;evidence=1/4	see racist
islamophobic	pejorative	weight=0.5;evidence=1/3	see racist
misogynistic	pejorative	weight=0.5;evidence=0/0	see racist
chauvinist	pejorative	inflect=noun;forms=chauvinistic;evidence=0/0
anarchist	pejorative	inflect=noun;weight=0.5;evidence=2/5	label for protesters; also the political philosophy
insurrectionist	pejorative	inflect=noun;weight=0.5;evidence=0/0
seditious	pejorative	weight=0.5;evidence=0/0	also the legal charge ("seditious conspiracy")
groomer	pejorative	inflect=noun;evidence=0/0	culture-war slur
gun nut	pejorative	inflect=noun;evidence=1/1
gun-toting	pejorative	weight=0.5;evidence=2/3
gun grabber	pejorative	inflect=noun;forms=gun-grabber,gun-grabbers,gun-grabbing;evidence=0/0
abortionist	pejorative	inflect=noun;evidence=4/4	label chosen over "abortion provider"; the topic word "abortion" is not listed
anti-choice	pejorative	weight=0.5;evidence=10/24	partisan label for the anti-abortion side (their own label is "pro-life"); topical self-labels are not listed
pro-abortion	pejorative	forms=pro-abortionist,pro-abortionists;weight=0.5;evidence=4/12	partisan label for the abortion-rights side (their own label is "pro-choice")
anti-vax	pejorative	forms=antivax;evidence=5/6	label (AP style: "anti-vaccine")
denialist	pejorative	inflect=noun;forms=denialism;weight=0.5;evidence=0/0	see denier
eco-fascist	pejorative	inflect=noun;evidence=0/0
eco-terrorist	pejorative	inflect=noun;weight=0.5;evidence=0/0
scapegoat	pejorative	inflect=noun;forms=scapegoated,scapegoating;evidence=0/0	noun and verb
sadist	pejorative	inflect=noun;evidence=1/1
sociopath	pejorative	inflect=noun;forms=sociopathic;evidence=2/2
psychopathic	pejorative	evidence=0/0
egomaniac	pejorative	inflect=noun;forms=egomaniacal;evidence=0/0
egotist	pejorative	inflect=noun;forms=egotistical,egotistic;evidence=0/0
yob	pejorative	inflect=noun;evidence=0/0	British
lout	pejorative	inflect=noun;forms=loutish;evidence=0/0
ruffian	pejorative	inflect=noun;evidence=0/0
hoodlum	pejorative	inflect=noun;evidence=0/0
scrounger	pejorative	inflect=noun;forms=scroungers;evidence=0/0
sponger	pejorative	forms=spongers;evidence=0/0
layabout	pejorative	inflect=noun;evidence=0/0
slacker	pejorative	inflect=noun;weight=0.5;evidence=0/0
sucker	pejorative	inflect=noun;weight=0.5;evidence=3/3	"suckers"; also literal
darling	pejorative	inflect=noun;weight=0.5;evidence=3/3	"darling of the left": ironic label; also endearment
foe	pejorative	inflect=noun;weight=0.5;evidence=3/4	conflict framing ("political foes")
nemesis	pejorative	evidence=1/1
archenemy	pejorative	forms=arch-enemy,archenemies,arch-enemies;evidence=0/0
hawk	pejorative	inflect=noun;weight=0.5;evidence=4/4	"war hawks", "deficit hawks"; also the bird and sports teams
coterie	pejorative	inflect=noun;evidence=2/3
clique	pejorative	inflect=noun;evidence=0/0
vassal	pejorative	inflect=noun;evidence=0/0
client state	pejorative	inflect=noun;weight=0.5;evidence=0/0
special interests	pejorative	weight=0.5;evidence=0/1
vested interests	pejorative	weight=0.5;evidence=0/0
power broker	pejorative	inflect=noun;forms=powerbroker,powerbrokers;weight=0.5;evidence=1/1
ivory tower	pejorative	inflect=noun;evidence=0/0
limousine liberal	pejorative	inflect=noun;forms=limousine liberals;evidence=0/0
champagne socialist	pejorative	forms=champagne socialists;evidence=0/0
chattering classes	pejorative	evidence=0/1
talking heads	pejorative	weight=0.5;evidence=0/0
deadwood	pejorative	evidence=3/3
vulture	pejorative	inflect=noun;weight=0.5;evidence=0/0	"vulture capitalists"; also the bird
cockroach	pejorative	forms=cockroaches;weight=0.5;evidence=0/0	dehumanising when applied to people
subhuman	pejorative	forms=sub-human;evidence=0/0
feral	pejorative	weight=0.5;evidence=1/1	of people; also of animals
traitorous	pejorative	evidence=0/0
perfidious	pejorative	forms=perfidy;evidence=1/1
disloyal	pejorative	forms=disloyalty;evidence=0/0
unpatriotic	pejorative	evidence=0/0
un-american	pejorative	evidence=0/0
anti-american	pejorative	weight=0.5;evidence=2/2
machiavellian	pejorative	evidence=0/0
stalinist	pejorative	weight=0.5;evidence=0/0
opportunistic	pejorative	evidence=0/0
scheming	pejorative	evidence=0/1
conniving	pejorative	evidence=0/0
narcissism	pejorative	evidence=0/0
# ---- emotive: affective and moral evaluation ----
shocking	emotive	forms=shocked;evidence=1/5
outrageous	emotive	evidence=0/0
outrage	emotive	inflect=verb;evidence=12/28	noun "outrage" ("sparked outrage") and "outraged"
disgraceful	emotive	evidence=0/0
disgrace	emotive	inflect=verb;evidence=4/5	noun "disgrace" and the label "disgraced" ("the disgraced former minister")
shameful	emotive	evidence=1/1
shameless	emotive	evidence=4/4
shamelessly	emotive	evidence=4/4
heartbreaking	emotive	evidence=0/0
heartbroken	emotive	evidence=0/0
heart-wrenching	emotive	forms=heartwrenching;evidence=3/3
gut-wrenching	emotive	evidence=0/0
harrowing	emotive	evidence=0/0
appalling	emotive	forms=appalled;evidence=0/0
horrifying	emotive	forms=horrified;evidence=1/4
horrific	emotive	evidence=6/6
horrendous	emotive	evidence=0/0
horror	emotive	inflect=noun;evidence=5/7
terrible	emotive	evidence=7/9
dreadful	emotive	evidence=0/0
awful	emotive	evidence=6/6
atrocious	emotive	evidence=0/0
abhorrent	emotive	evidence=0/0
despicable	emotive	evidence=0/0
deplorable	emotive	evidence=0/0
disgusting	emotive	forms=disgusted;evidence=4/5
repugnant	emotive	evidence=1/1
repulsive	emotive	evidence=0/0
revolting	emotive	evidence=0/0
vile	emotive	evidence=1/1
heinous	emotive	evidence=3/4
monstrous	emotive	evidence=0/0
evil	emotive	forms=evils;evidence=9/11	adjective and noun ("the evils of")
wicked	emotive	evidence=1/1
sickening	emotive	forms=sickened;evidence=0/3
obscene	emotive	weight=0.5;evidence=0/0	also a legal category ("obscene material")
scandalous	emotive	evidence=0/0
reprehensible	emotive	evidence=0/0
egregious	emotive	evidence=2/2
unconscionable	emotive	evidence=0/0
inexcusable	emotive	evidence=0/0
unforgivable	emotive	evidence=0/0
indefensible	emotive	evidence=0/0
unacceptable	emotive	weight=0.5;evidence=0/0	frequent in official statements; evaluative when in the writer's voice
damning	emotive	evidence=1/1
humiliating	emotive	forms=humiliated;evidence=2/2
furious	emotive	evidence=0/0
infuriating	emotive	forms=infuriated;evidence=0/0
enraged	emotive	evidence=3/3
incensed	emotive	evidence=0/0
livid	emotive	evidence=0/0
devastating	emotive	forms=devastated;evidence=9/16	also literal damage ("the storm devastated the town")
tragic	emotive	evidence=1/2
tragically	emotive	evidence=1/1
tragedy	emotive	forms=tragedies;weight=0.5;evidence=3/12	often the conventional word for a fatal event
terrifying	emotive	forms=terrified;evidence=8/14
frightening	emotive	evidence=0/1
chilling	emotive	evidence=0/0
alarming	emotive	weight=0.5;evidence=2/4
disturbing	emotive	weight=0.5;evidence=2/5
troubling	emotive	weight=0.5;evidence=0/0
distressing	emotive	evidence=0/0
grim	emotive	weight=0.5;evidence=0/0
dire	emotive	evidence=4/8	"dire warning", "dire consequences"
desperate	emotive	weight=0.5;evidence=6/15
heartless	emotive	evidence=0/0
callous	emotive	evidence=0/0
cruel	emotive	evidence=2/2
cruelty	emotive	evidence=0/0
cruelly	emotive	evidence=0/0
ruthless	emotive	evidence=0/0
ruthlessly	emotive	evidence=0/0
sinister	emotive	evidence=1/1
nefarious	emotive	evidence=1/1
shady	emotive	evidence=0/0
dodgy	emotive	evidence=0/0
menace	emotive	inflect=noun;evidence=0/0	"a menace to society"
hateful	emotive	evidence=0/1
vindictive	emotive	evidence=0/0
malicious	emotive	evidence=0/0
vitriol	emotive	evidence=0/0
vitriolic	emotive	evidence=0/0
toxic	emotive	weight=0.5;evidence=7/10	metaphorical ("toxic debate"); literal in health and environment reporting
greedy	emotive	evidence=1/1
arrogant	emotive	evidence=0/0
smug	emotive	evidence=0/0
brazen	emotive	evidence=0/0
blatant	emotive	evidence=3/3
blatantly	emotive	evidence=4/4
flagrant	emotive	evidence=0/0
notorious	emotive	evidence=3/4
infamous	emotive	evidence=2/3
hypocritical	emotive	evidence=1/1
hypocrisy	emotive	evidence=4/4
dishonest	emotive	evidence=5/6
cynical	emotive	weight=0.5;evidence=0/0
reckless	emotive	evidence=3/5
recklessly	emotive	evidence=0/0
irresponsible	emotive	evidence=4/4
incompetent	emotive	evidence=5/7
incompetence	emotive	evidence=2/2
inept	emotive	evidence=1/1
pathetic	emotive	evidence=1/1
ridiculous	emotive	evidence=4/6
absurd	emotive	evidence=0/0
ludicrous	emotive	evidence=0/0
preposterous	emotive	evidence=0/0
laughable	emotive	evidence=0/0
bizarre	emotive	weight=0.5;evidence=13/13
insane	emotive	evidence=2/2
crazy	emotive	evidence=4/5
idiotic	emotive	evidence=1/1
stupid	emotive	evidence=4/4
heroic	emotive	evidence=0/0	positive evaluation is loaded too (Recasens et al. 2013)
hero	emotive	forms=heroes;evidence=2/5	label ("hailed as a hero")
heroine	emotive	inflect=noun;evidence=0/0
courageous	emotive	evidence=0/0
brave	emotive	weight=0.5;evidence=0/0
valiant	emotive	evidence=0/0
noble	emotive	weight=0.5;evidence=0/1	also a social rank ("noble family")
glorious	emotive	evidence=0/0
inspiring	emotive	evidence=1/1
inspirational	emotive	evidence=0/0
triumphant	emotive	evidence=1/1
miraculous	emotive	evidence=0/0
miracle	emotive	inflect=noun;weight=0.5;evidence=0/4
amazing	emotive	evidence=0/1
brilliant	emotive	weight=0.5;evidence=0/0
beloved	emotive	evidence=0/0
cherished	emotive	evidence=1/1
iconic	emotive	weight=0.5;evidence=1/3
legendary	emotive	evidence=1/3
visionary	emotive	forms=visionaries;evidence=0/0
tireless	emotive	forms=tirelessly;evidence=0/0
fearless	emotive	evidence=0/0
# added in 1.1 (general English evaluative adjectives and nouns; gaps found on BABE train)
dangerous	emotive	weight=0.5;evidence=22/49	evaluative of people and policies ("a dangerous ideology"); also literal ("dangerous roads")
obvious	emotive	weight=0.5;evidence=4/7	presents a judgement as beyond dispute ("the obvious lie"); "obviously" is a booster in hedges.lex
dirty	emotive	weight=0.5;evidence=4/9	moral sense ("dirty politics", "dirty tricks"); also literal
hell	emotive	evidence=3/4	expletive and metaphor ("a living hell")
hellish	emotive	evidence=0/0
nightmarish	emotive	evidence=0/0
predatory	emotive	evidence=1/1
hatred	emotive	evidence=3/5
divisive	emotive	evidence=6/10
gullible	emotive	evidence=3/3
madness	emotive	evidence=5/5
insanity	emotive	evidence=5/6
lunacy	emotive	evidence=1/1
creepy	emotive	evidence=0/0
weak	emotive	weight=0.5;evidence=5/8	of people and leadership ("a weak president"); descriptive in economics ("weak demand")
spineless	emotive	evidence=0/0
gutless	emotive	evidence=0/0
feckless	emotive	evidence=1/1
craven	emotive	evidence=0/0
ugly	emotive	weight=0.5;evidence=1/1
hideous	emotive	evidence=0/0
dumb	emotive	evidence=2/2
silly	emotive	evidence=0/0
foolish	emotive	evidence=1/1
fool	emotive	inflect=noun;forms=fooled,fooling;evidence=3/3
idiocy	emotive	evidence=0/0
stupidity	emotive	evidence=3/3
crazed	emotive	evidence=7/7
deranged	emotive	evidence=0/0
unhinged	emotive	evidence=2/4
bonkers	emotive	evidence=0/0
ignorant	emotive	evidence=3/3
ignorance	emotive	evidence=2/3
clueless	emotive	evidence=0/0
bungle	emotive	inflect=verb;evidence=2/2
botched	emotive	forms=botch,botches,botching;evidence=3/3
ham-fisted	emotive	evidence=0/0
heavy-handed	emotive	evidence=1/1
tone-deaf	emotive	evidence=1/1
misguided	emotive	evidence=0/0
wrongheaded	emotive	forms=wrong-headed;evidence=0/0
ill-conceived	emotive	evidence=3/3
half-baked	emotive	evidence=0/0
shortsighted	emotive	forms=short-sighted;evidence=1/1
outlandish	emotive	evidence=0/0
far-fetched	emotive	evidence=0/0
ramble	emotive	inflect=verb;evidence=4/4	"a rambling speech"
delusional	emotive	evidence=4/4
delusion	emotive	inflect=noun;evidence=0/1
irrational	emotive	evidence=4/8
paranoia	emotive	evidence=2/2
paranoid	emotive	evidence=1/1
obsession	emotive	inflect=noun;evidence=5/5
obsessed	emotive	forms=obsessive,obsessively;evidence=1/1
contempt	emotive	evidence=3/6
contemptuous	emotive	evidence=1/3
contemptible	emotive	evidence=0/0
needless	emotive	forms=needlessly;evidence=3/5
profligate	emotive	evidence=0/0
bloated	emotive	evidence=4/4
wasteful	emotive	evidence=0/0
useless	emotive	evidence=3/3
ineffective	emotive	weight=0.5;evidence=5/6
lackluster	emotive	forms=lacklustre;evidence=5/6
embarrassing	emotive	forms=embarrassingly;evidence=4/5
grotesque	emotive	evidence=2/2
nasty	emotive	evidence=1/1
petty	emotive	evidence=3/3
petulant	emotive	evidence=0/0
childish	emotive	evidence=0/0
whiny	emotive	evidence=0/0
stubborn	emotive	evidence=5/6
stingy	emotive	evidence=3/3
incoherent	emotive	evidence=3/3
implausible	emotive	evidence=4/5
frivolous	emotive	evidence=1/1
selfish	emotive	evidence=0/0
selfishness	emotive	evidence=3/3
self-serving	emotive	evidence=4/6
self-righteous	emotive	evidence=0/0
sanctimonious	emotive	evidence=0/0
condescending	emotive	evidence=0/0
patronizing	emotive	forms=patronising;evidence=0/0
pompous	emotive	evidence=0/0
narcissistic	emotive	forms=narcissist,narcissists;evidence=0/0
power-hungry	emotive	evidence=0/0
venal	emotive	evidence=0/0
rapacious	emotive	evidence=0/0
exploitative	emotive	evidence=0/0
merciless	emotive	forms=mercilessly;evidence=0/0
inhumane	emotive	evidence=0/0
cold-hearted	emotive	evidence=0/0
venomous	emotive	evidence=0/0
vengeful	emotive	evidence=0/0
spiteful	emotive	evidence=0/0
mean-spirited	emotive	evidence=0/0
devious	emotive	evidence=0/0
sneaky	emotive	evidence=0/0
underhanded	emotive	evidence=0/0
duplicitous	emotive	evidence=0/0
deceitful	emotive	evidence=0/1
disingenuous	emotive	evidence=0/1
mendacious	emotive	evidence=1/1
two-faced	emotive	evidence=1/3
unscrupulous	emotive	evidence=0/0
immoral	emotive	evidence=0/0
sleazy	emotive	forms=sleaze;evidence=0/0
sordid	emotive	evidence=0/0
seedy	emotive	evidence=0/0
squalid	emotive	evidence=0/0
filthy	emotive	evidence=0/0
perverse	emotive	evidence=1/1
depraved	emotive	evidence=0/0
decadent	emotive	evidence=0/0
crooked	emotive	evidence=0/0
rotten	emotive	evidence=0/0
shoddy	emotive	evidence=0/0
sloppy	emotive	evidence=0/0
lousy	emotive	evidence=0/0
horrible	emotive	forms=horribly;evidence=2/4
loathsome	emotive	evidence=0/0
odious	emotive	evidence=0/0
detestable	emotive	evidence=0/0
abysmal	emotive	evidence=1/1
dismal	emotive	evidence=0/0
woeful	emotive	evidence=0/0
wretched	emotive	evidence=0/0
pitiful	emotive	evidence=0/0
lamentable	emotive	evidence=0/0
intolerable	emotive	evidence=0/0
insufferable	emotive	evidence=0/0
obnoxious	emotive	evidence=1/1
offensive	emotive	weight=0.5;evidence=0/6	"deeply offensive"; also military ("a ground offensive") and sports
insulting	emotive	evidence=0/0
demeaning	emotive	evidence=0/0
degrading	emotive	evidence=0/0
poisonous	emotive	weight=0.5;evidence=0/0	metaphorical ("a poisonous atmosphere"); literal for substances
insidious	emotive	evidence=0/0
pernicious	emotive	evidence=0/0
destructive	emotive	weight=0.5;evidence=1/2
ruinous	emotive	evidence=0/0
calamitous	emotive	evidence=0/0
bleak	emotive	weight=0.5;evidence=0/0
dystopian	emotive	evidence=2/2
orwellian	emotive	evidence=3/4
startling	emotive	evidence=2/3
depressing	emotive	forms=depressingly;evidence=5/5
scary	emotive	evidence=0/0
angry	emotive	weight=0.5;evidence=3/8	attributes an emotion ("angry protesters"); often reported plainly
rage	emotive	forms=raging;evidence=2/4	"rage" as a characterisation of protest or speech
magnificent	emotive	evidence=0/2
splendid	emotive	evidence=0/0
superb	emotive	evidence=0/0
stellar	emotive	evidence=0/0
spectacular	emotive	weight=0.5;evidence=1/3
fantastic	emotive	evidence=0/0
wonderful	emotive	evidence=0/0
marvelous	emotive	forms=marvellous;evidence=0/0
terrific	emotive	evidence=0/0
phenomenal	emotive	evidence=0/0
genius	emotive	weight=0.5;evidence=0/0
masterful	emotive	forms=masterfully;evidence=0/0
masterpiece	emotive	inflect=noun;evidence=0/0
righteous	emotive	evidence=5/7
virtuous	emotive	evidence=0/1
saintly	emotive	evidence=0/0
selfless	emotive	evidence=0/0
gallant	emotive	evidence=0/0
admirable	emotive	evidence=0/1
laudable	emotive	evidence=0/0
commendable	emotive	evidence=0/0
praiseworthy	emotive	evidence=0/0
exemplary	emotive	evidence=0/0
impeccable	emotive	evidence=0/0
# added for issue 13 (general-English vocabulary; cross-topic recall). Not copied from any list.
abominable	emotive	evidence=0/0
abomination	emotive	inflect=noun;evidence=1/1
ghastly	emotive	evidence=0/0
horrid	emotive	evidence=0/0
godawful	emotive	forms=god-awful;evidence=0/0
distasteful	emotive	evidence=0/0
unsavory	emotive	forms=unsavoury;evidence=0/0
unseemly	emotive	evidence=0/0
indecent	emotive	weight=0.5;evidence=0/1	also legal ("indecent exposure")
lurid	emotive	evidence=0/0
salacious	emotive	evidence=0/0
tawdry	emotive	evidence=0/0
raunchy	emotive	evidence=0/0
racy	emotive	weight=0.5;evidence=3/3
vulgar	emotive	forms=vulgarity;evidence=0/0
crudely	emotive	evidence=0/0
crass	emotive	forms=crassly;evidence=0/0
boorish	emotive	evidence=0/0
uncouth	emotive	evidence=0/0
rude	emotive	forms=rudely,rudeness;evidence=0/0
tacky	emotive	evidence=0/0
tasteless	emotive	evidence=0/0
classless	emotive	evidence=0/0
trashy	emotive	evidence=0/0
cheesy	emotive	weight=0.5;evidence=0/0
cringeworthy	emotive	forms=cringe-worthy,cringey,cringy,cringe-inducing;evidence=0/0
awkward	emotive	forms=awkwardly;weight=0.5;evidence=3/6
nauseating	emotive	evidence=1/1
stomach-churning	emotive	forms=stomach-turning;evidence=0/0
gut-churning	emotive	evidence=0/0
foul-mouthed	emotive	evidence=1/1
noxious	emotive	weight=0.5;evidence=0/0
disgustingly	emotive	evidence=0/0
shamefully	emotive	evidence=0/0
disgracefully	emotive	evidence=0/0
scandalously	emotive	evidence=0/0
appallingly	emotive	evidence=0/0
horrendously	emotive	evidence=0/0
horrifically	emotive	evidence=0/0
despicably	emotive	evidence=0/0
heartrending	emotive	forms=heart-rending;evidence=0/0
agonizing	emotive	forms=agonising;evidence=0/0
anguish	emotive	forms=anguished;evidence=0/0
excruciating	emotive	evidence=0/0
torment	emotive	inflect=verb;evidence=1/1	"tormented by", "years of torment"
traumatic	emotive	weight=0.5;evidence=0/0
traumatized	emotive	forms=traumatised;evidence=0/0
despair	emotive	forms=despairing;evidence=0/3
desperation	emotive	evidence=3/6
hopeless	emotive	evidence=0/0
hopelessness	emotive	evidence=0/0
helpless	emotive	forms=helplessly,helplessness;evidence=3/3
forlorn	emotive	evidence=0/0
miserable	emotive	forms=miserably;evidence=0/0
misery	emotive	forms=miseries;evidence=0/0
grief-stricken	emotive	evidence=0/0
devastation	emotive	weight=0.5;evidence=0/0
sorrowful	emotive	evidence=0/0
mournful	emotive	evidence=0/0
dread	emotive	forms=dreaded;evidence=0/0
fearsome	emotive	evidence=0/0
menacing	emotive	evidence=0/0
ominous	emotive	forms=ominously;evidence=0/0
foreboding	emotive	evidence=0/0
spooky	emotive	evidence=0/0
eerie	emotive	forms=eerily;weight=0.5;evidence=0/0
jittery	emotive	evidence=0/0
unnerving	emotive	forms=unnerved;evidence=3/4
spooked	emotive	evidence=0/0
rattled	emotive	weight=0.5;evidence=0/1	"rattled by the news"
panicky	emotive	evidence=0/0
fearful	emotive	weight=0.5;evidence=3/8
frightened	emotive	weight=0.5;evidence=3/3
furiously	emotive	evidence=0/0
irate	emotive	evidence=0/0
irked	emotive	forms=irks;evidence=0/0
apoplectic	emotive	evidence=0/0
indignant	emotive	evidence=0/0
indignation	emotive	evidence=0/0
wrath	emotive	forms=wrathful;evidence=0/0
ire	emotive	evidence=1/6
exasperated	emotive	forms=exasperating,exasperation;evidence=0/1
frustrating	emotive	weight=0.5;evidence=0/1
bitter	emotive	weight=0.5;evidence=3/4	"bitter feud"; also taste and cold
bitterness	emotive	evidence=0/0
resentment	emotive	forms=resentments;evidence=0/1
resentful	emotive	evidence=0/3
grudge	emotive	inflect=noun;evidence=0/0
acrimony	emotive	evidence=0/0
acrimonious	emotive	evidence=0/0
rancor	emotive	forms=rancour,rancorous;evidence=0/0
animosity	emotive	forms=animosities;evidence=0/0
animus	emotive	evidence=0/1
bile	emotive	weight=0.5;evidence=0/0	"spewing bile"; literal in medicine
venom	emotive	evidence=0/0
antagonistic	emotive	evidence=0/0
loathe	emotive	inflect=verb;evidence=0/0
detest	emotive	inflect=verb;evidence=0/0
despise	emotive	inflect=verb;evidence=3/6
abhor	emotive	inflect=verb;forms=abhorred,abhorring;evidence=3/3
revile	emotive	inflect=verb;evidence=0/0
vilify	emotive	forms=vilifies,vilified,vilifying;evidence=2/2
vilification	emotive	evidence=0/0
villainize	emotive	inflect=verb;forms=villainise,villainises,villainised,villainising;evidence=0/0
demonization	emotive	forms=demonisation;evidence=1/1
disparage	emotive	inflect=verb;forms=disparagingly;evidence=0/1
belittle	emotive	inflect=verb;evidence=1/3
denigrate	emotive	inflect=verb;evidence=1/4
denigration	emotive	evidence=0/0
demean	emotive	forms=demeans,demeaned;evidence=3/4	"demeaning" is listed separately
insult	emotive	forms=insults,insulted;evidence=0/4	"an insult to"; "insulting" is listed separately
humiliate	emotive	forms=humiliates;evidence=0/1	"humiliating" and "humiliated" are listed separately
humiliation	emotive	forms=humiliations;evidence=0/0
shame	emotive	forms=shamed,shaming;weight=0.5;evidence=1/4	"shame on", "fat-shaming"
embarrassment	emotive	weight=0.5;evidence=1/4
pathetically	emotive	evidence=0/0
pitifully	emotive	evidence=0/0
abysmally	emotive	evidence=0/0
dismally	emotive	evidence=0/0
sadly	emotive	weight=0.5;evidence=1/1	the writer's affect ("sadly, the plan failed")
regrettably	emotive	weight=0.5;evidence=0/0
lamentably	emotive	evidence=0/0
mercifully	emotive	evidence=0/0
thankfully	emotive	weight=0.5;evidence=0/0
diabolical	emotive	forms=diabolically;evidence=0/0
demonic	emotive	evidence=0/0
satanic	emotive	weight=0.5;evidence=0/0
fiendish	emotive	forms=fiendishly;evidence=0/0
malevolent	emotive	forms=malevolence;evidence=0/0
malice	emotive	evidence=0/0
maliciously	emotive	evidence=0/0
spite	emotive	forms=spitefully;evidence=0/3
vindictively	emotive	evidence=0/0
ugliest	emotive	forms=uglier,ugliness;evidence=3/3	comparative forms of "ugly"
amoral	emotive	evidence=0/0
unethical	emotive	forms=unethically;evidence=0/0
unprincipled	emotive	evidence=0/1
dishonorable	emotive	forms=dishonourable;evidence=0/0
grubby	emotive	evidence=0/0
slimy	emotive	evidence=0/0
greed	emotive	evidence=0/0
avarice	emotive	forms=avaricious;evidence=0/0
money-grubbing	emotive	evidence=0/0
money-hungry	emotive	evidence=0/0
cash-hungry	emotive	evidence=0/0
power-mad	emotive	evidence=0/0
moneyed	emotive	weight=0.5;evidence=3/3	"moneyed interests"
filthy rich	emotive	evidence=0/0
obscenely	emotive	evidence=0/0
abusive	emotive	weight=0.5;evidence=4/9	also descriptive ("abusive relationship")
dehumanize	emotive	inflect=verb;forms=dehumanise,dehumanises,dehumanised,dehumanising;evidence=4/6
dehumanization	emotive	forms=dehumanisation;evidence=0/0
callously	emotive	forms=callousness;evidence=0/0
heartlessly	emotive	evidence=0/0
uncaring	emotive	evidence=0/1
insensitive	emotive	forms=insensitivity;evidence=0/0
thoughtless	emotive	evidence=0/0
tactless	emotive	evidence=0/0
twisted	emotive	weight=0.5;evidence=0/0	"a twisted ideology"; also literal
warped	emotive	evidence=0/0
perverted	emotive	evidence=0/0
demented	emotive	evidence=0/0
psychotic	emotive	weight=0.5;evidence=1/1	also clinical
sadistic	emotive	forms=sadism;evidence=3/3
pitiless	emotive	evidence=0/0
cutthroat	emotive	forms=cut-throat;evidence=0/0
remorseless	emotive	forms=remorselessly;evidence=0/0
unrepentant	emotive	evidence=0/0
unapologetic	emotive	forms=unapologetically;weight=0.5;evidence=0/0
unabashed	emotive	forms=unabashedly;evidence=0/0
barefaced	emotive	forms=bald-faced,boldfaced,bold-faced;evidence=0/0
impudent	emotive	forms=impudence;evidence=0/0
insolent	emotive	forms=insolence;evidence=0/0
audacious	emotive	weight=0.5;evidence=0/0
audacity	emotive	evidence=0/0
gall	emotive	weight=0.5;evidence=0/0	"had the gall to"; also the medical term
chutzpah	emotive	evidence=0/0
unholy	emotive	evidence=9/9	"unholy alliance"
inhuman	emotive	evidence=0/0
barbarous	emotive	forms=barbarity;evidence=0/0
heartwarming	emotive	forms=heart-warming;evidence=0/0
uplifting	emotive	evidence=0/0
rousing	emotive	evidence=0/0
stirring	emotive	weight=0.5;evidence=0/0	also "stirring up" (sensational) and cooking
thrilling	emotive	evidence=0/1
exhilarating	emotive	evidence=0/0
electrifying	emotive	evidence=0/0
jubilant	emotive	forms=jubilation;evidence=0/0
euphoric	emotive	forms=euphoria;evidence=0/0
ecstatic	emotive	evidence=0/0
elated	emotive	evidence=0/0
overjoyed	emotive	evidence=0/0
gleeful	emotive	forms=gleefully,glee;evidence=3/3
delightful	emotive	evidence=0/0
charming	emotive	weight=0.5;evidence=0/1
lovely	emotive	evidence=0/0
adorable	emotive	evidence=0/0
poignant	emotive	evidence=3/3
heartfelt	emotive	evidence=0/0
glowing	emotive	evidence=3/3	"glowing reviews"; literal glow also matches
rosy	emotive	evidence=4/4	"a rosy picture"
dazzling	emotive	evidence=0/0
brilliantly	emotive	evidence=0/0
fabulous	emotive	evidence=0/0
sublime	emotive	evidence=0/0
exquisite	emotive	evidence=0/0
breathtaking	emotive	forms=breathtakingly;evidence=0/0
awe-inspiring	emotive	evidence=0/0
awesome	emotive	evidence=0/0
majestic	emotive	evidence=0/0
glittering	emotive	evidence=0/0
illustrious	emotive	evidence=0/0
esteemed	emotive	evidence=0/0
venerable	emotive	evidence=0/0
revered	emotive	forms=revere,reveres;evidence=1/4
vaunted	emotive	evidence=0/0
much-vaunted	emotive	evidence=0/0
storied	emotive	evidence=0/0
fabled	emotive	evidence=0/0
hallowed	emotive	evidence=0/0
sacrosanct	emotive	evidence=3/3
treasured	emotive	evidence=0/0
adored	emotive	forms=adoring;evidence=0/0
idolize	emotive	inflect=verb;forms=idolise,idolises,idolised,idolising;evidence=0/0
lionize	emotive	inflect=verb;forms=lionise,lionises,lionised,lionising;evidence=0/0
glorify	emotive	forms=glorifies,glorified,glorifying;evidence=0/1
romanticize	emotive	inflect=verb;forms=romanticise,romanticises,romanticised,romanticising;evidence=0/0
heroically	emotive	forms=heroism;evidence=0/0
gallantry	emotive	evidence=0/0
valor	emotive	forms=valour;evidence=0/0
bravery	emotive	weight=0.5;evidence=0/0
courageously	emotive	evidence=0/0
fearlessly	emotive	evidence=0/0
selflessly	emotive	evidence=0/0
indomitable	emotive	evidence=0/0
unflinching	emotive	forms=unflinchingly;evidence=0/0
stalwart	emotive	inflect=noun;evidence=0/0
trailblazer	emotive	inflect=noun;forms=trailblazing,trail-blazing;evidence=0/0
savior	emotive	inflect=noun;forms=saviour,saviours;weight=0.5;evidence=1/4
messiah	emotive	forms=messianic;weight=0.5;evidence=0/0
championed	emotive	forms=championing;weight=0.5;evidence=4/7	verb sense ("championed the bill"); the noun "champion" (sports) is not listed
starry-eyed	emotive	evidence=0/0
utopian	emotive	forms=utopia,utopias;evidence=3/3
surreal	emotive	weight=0.5;evidence=0/0
eyebrow-raising	emotive	evidence=3/3
head-scratching	emotive	forms=head-scratcher;evidence=0/0
bizarrely	emotive	evidence=3/3
inexplicably	emotive	evidence=0/0
sadistically	emotive	evidence=0/0
ego	emotive	forms=egos;weight=0.5;evidence=7/7	"bruised ego"; also psychology
vanity	emotive	weight=0.5;evidence=0/0	"vanity project"
vain	emotive	weight=0.5;evidence=0/0	"in vain" also matches
conceited	emotive	evidence=0/0
self-absorbed	emotive	evidence=0/0
self-aggrandizing	emotive	forms=self-aggrandising,self-aggrandizement,self-aggrandisement;evidence=0/0
self-congratulatory	emotive	evidence=0/0
self-important	emotive	forms=self-importance;evidence=0/0
smugly	emotive	forms=smugness;evidence=0/0
haughty	emotive	evidence=0/0
snooty	emotive	evidence=0/0
snobbish	emotive	forms=snobbery;evidence=0/0
arrogance	emotive	evidence=0/0
arrogantly	emotive	evidence=1/1
elitism	emotive	evidence=0/0
snarky	emotive	evidence=3/3
snide	emotive	evidence=0/0
sarcastic	emotive	forms=sarcastically;evidence=0/0
sardonic	emotive	evidence=0/0
derisive	emotive	forms=derisively,derision;evidence=0/0
scornful	emotive	evidence=0/0
scorn	emotive	inflect=verb;evidence=0/0
disdain	emotive	inflect=verb;evidence=0/0
disdainful	emotive	forms=disdainfully;evidence=0/0
contemptuously	emotive	evidence=0/0
mockingly	emotive	evidence=0/0
melodramatic	emotive	forms=melodrama;evidence=3/3
histrionic	emotive	forms=histrionics;evidence=1/1
overwrought	emotive	evidence=0/0
hyperbolic	emotive	evidence=3/4
hyperbole	emotive	evidence=0/1
theatrical	emotive	weight=0.5;evidence=3/3	also literal theatre
theatrics	emotive	evidence=0/0
dramatics	emotive	evidence=0/0
over-the-top	emotive	evidence=2/4
overheated	emotive	weight=0.5;evidence=0/0
strident	emotive	forms=stridently;evidence=0/0
shrill	emotive	evidence=0/0
brash	emotive	forms=brashly,brasher,brashest;evidence=3/3
bombastic	emotive	forms=bombast;evidence=0/0
bluster	emotive	forms=blustering,blustered;evidence=0/0
swagger	emotive	weight=0.5;evidence=0/0
intemperate	emotive	evidence=3/3
belligerent	emotive	forms=belligerence;evidence=3/3
bellicose	emotive	evidence=1/1
pugnacious	emotive	evidence=0/0
combative	emotive	weight=0.5;evidence=0/0
confrontational	emotive	weight=0.5;evidence=0/0
abrasive	emotive	weight=0.5;evidence=0/0
hawkish	emotive	weight=0.5;evidence=0/0
rabid	emotive	forms=rabidly;evidence=3/3
frothing	emotive	evidence=0/0
foaming	emotive	weight=0.5;evidence=3/3	"foaming at the mouth"
raving	emotive	forms=ravings;evidence=0/1
frenzied	emotive	evidence=0/0
feverish	emotive	forms=feverishly,fevered;evidence=3/3
manic	emotive	forms=maniacal;evidence=0/0
hysterically	emotive	forms=hysterics,hysteric;evidence=3/3
screeching	emotive	forms=screech,screeched;evidence=0/1
sycophantic	emotive	forms=sycophancy;evidence=0/0
obsequious	emotive	evidence=0/0
servile	emotive	evidence=0/0
slavish	emotive	forms=slavishly;evidence=0/0
subservient	emotive	evidence=0/0
fawning	emotive	forms=fawned;evidence=1/1
grovel	emotive	forms=grovels,grovelled,groveled,grovelling,groveling;evidence=2/3
kowtow	emotive	inflect=verb;evidence=1/1
adulation	emotive	forms=adulatory;evidence=0/0
cowardice	emotive	evidence=1/1
bedraggled	emotive	evidence=3/3
rudderless	emotive	evidence=1/1
directionless	emotive	evidence=0/0
debauchery	emotive	evidence=2/4
depravity	emotive	evidence=0/0
degeneracy	emotive	evidence=0/0
decadence	emotive	evidence=0/0
debase	emotive	inflect=verb;forms=debasement;evidence=3/3
shenanigans	emotive	evidence=3/3
antics	emotive	evidence=0/0
hijinks	emotive	forms=high jinks;evidence=0/0
monkey business	emotive	evidence=0/1
funny business	emotive	evidence=0/0
skulduggery	emotive	forms=skullduggery;evidence=0/0
chicanery	emotive	evidence=0/0
trickery	emotive	evidence=0/0
subterfuge	emotive	evidence=0/0
machinations	emotive	evidence=2/3
sleight of hand	emotive	evidence=0/0
double-dealing	emotive	evidence=0/0
underhand	emotive	evidence=0/0
betray	emotive	inflect=verb;evidence=0/1
betrayal	emotive	inflect=noun;evidence=1/3
treachery	emotive	evidence=0/0
complicit	emotive	forms=complicity;weight=0.5;evidence=0/0
unjust	emotive	weight=0.5;evidence=0/0
meddle	emotive	inflect=verb;forms=meddlesome,meddler,meddlers;evidence=0/0
anarchic	emotive	evidence=3/3
fractious	emotive	evidence=0/0
fractured	emotive	weight=0.5;evidence=3/3	"a fractured party"; also bones
hubris	emotive	forms=hubristic;evidence=0/0
conceit	emotive	evidence=0/0
mania	emotive	evidence=1/1
groupthink	emotive	evidence=0/0
echo chamber	emotive	inflect=noun;weight=0.5;evidence=0/0
herd mentality	emotive	evidence=0/0
mob mentality	emotive	evidence=0/0
scare tactics	emotive	forms=scare tactic;evidence=0/0
showboating	emotive	forms=showboat,showboats;evidence=0/0
attention-seeking	emotive	forms=attention-grabbing;evidence=0/0
publicity-seeking	emotive	evidence=0/0
publicity-hungry	emotive	evidence=0/0
tantrum	emotive	inflect=noun;evidence=0/0
hissy fit	emotive	inflect=noun;evidence=0/0
outburst	emotive	inflect=noun;weight=0.5;evidence=0/0
polemic	emotive	inflect=noun;forms=polemical;weight=0.5;evidence=0/0
favoritism	emotive	forms=favouritism;weight=0.5;evidence=0/0
overreach	emotive	forms=overreaching,overreached;weight=0.5;evidence=0/0
overstep	emotive	forms=oversteps,overstepped,overstepping;evidence=1/3
laughingstock	emotive	forms=laughing stock,laughing-stock;evidence=0/0
blight	emotive	inflect=verb;weight=0.5;evidence=0/0
fester	emotive	inflect=verb;evidence=0/0
rot	emotive	forms=rots,rotted,rotting;weight=0.5;evidence=0/0	"rot at the heart of"; also literal ("rotten" is separate)
bane	emotive	evidence=0/0
albatross	emotive	weight=0.5;evidence=0/0
millstone	emotive	evidence=0/0
curse	emotive	forms=cursed;weight=0.5;evidence=0/0
heartbreak	emotive	forms=heartache;evidence=0/0
ordeal	emotive	inflect=noun;weight=0.5;evidence=1/4
torturous	emotive	evidence=0/0
unbearable	emotive	forms=unbearably;evidence=3/3
wrenching	emotive	weight=0.5;evidence=0/0
soul-crushing	emotive	forms=soul-destroying;evidence=0/0
demoralizing	emotive	forms=demoralising;evidence=0/0
disheartening	emotive	evidence=0/0
dispiriting	emotive	evidence=0/0
gloomy	emotive	weight=0.5;evidence=0/0
sad	emotive	forms=saddening;weight=0.5;evidence=0/0
upsetting	emotive	weight=0.5;evidence=0/0
worrisome	emotive	weight=0.5;evidence=0/0
unsettling	emotive	evidence=0/0
disquieting	emotive	evidence=0/0
spine-chilling	emotive	evidence=0/0
hair-raising	emotive	evidence=0/0
nerve-racking	emotive	forms=nerve-wracking;evidence=0/0
dismay	emotive	forms=dismayed,dismaying;weight=0.5;evidence=2/6
unforgettable	emotive	evidence=0/0
momentous	emotive	weight=0.5;evidence=0/0
gracious	emotive	forms=graciously;evidence=0/0
magnanimous	emotive	evidence=0/0
benevolent	emotive	weight=0.5;evidence=0/0
compassionate	emotive	weight=0.5;evidence=0/0
kindhearted	emotive	forms=kind-hearted;evidence=0/0
warmhearted	emotive	forms=warm-hearted;evidence=0/0
big-hearted	emotive	evidence=0/0
impassioned	emotive	evidence=0/1
passionate	emotive	forms=passionately;weight=0.5;evidence=1/4
smooth-talking	emotive	evidence=0/0
silver-tongued	emotive	evidence=0/0
fanfare	emotive	weight=0.5;evidence=2/3
freewheeling	emotive	weight=0.5;evidence=2/3
fete	emotive	forms=feted,fêted;evidence=0/1
enamored	emotive	forms=enamoured;evidence=3/3
infatuated	emotive	evidence=0/0
blunt	emotive	weight=0.5;evidence=3/3	"a blunt warning"; also literal
ungrateful	emotive	evidence=0/0
pampered	emotive	evidence=0/0
coddle	emotive	inflect=verb;evidence=1/1
mollycoddle	emotive	forms=mollycoddled,mollycoddling;evidence=0/0
abject	emotive	forms=abjectly;evidence=1/1
angrily	emotive	weight=0.5;evidence=0/1
# ---- intensifier: force-raising modifiers ----
utterly	intensifier	evidence=4/7
utter	intensifier	evidence=2/4
absolutely	intensifier	evidence=0/1
incredibly	intensifier	evidence=5/7
incredible	intensifier	evidence=0/1
unbelievable	intensifier	evidence=0/0
unbelievably	intensifier	evidence=3/3
enormously	intensifier	evidence=0/0
enormous	intensifier	evidence=10/19
tremendously	intensifier	evidence=0/0
tremendous	intensifier	evidence=12/15
hugely	intensifier	evidence=0/1
immensely	intensifier	evidence=0/0
immense	intensifier	evidence=1/3
vastly	intensifier	evidence=1/3
overwhelmingly	intensifier	evidence=1/3
overwhelming	intensifier	weight=0.5;evidence=4/13
exceptionally	intensifier	evidence=0/0
extraordinarily	intensifier	evidence=1/1
extraordinary	intensifier	evidence=3/4
remarkably	intensifier	evidence=1/3
remarkable	intensifier	weight=0.5;evidence=0/3
staggeringly	intensifier	evidence=0/0
staggering	intensifier	evidence=1/4
astonishingly	intensifier	evidence=0/0
astonishing	intensifier	evidence=3/3
astounding	intensifier	evidence=0/1
shockingly	intensifier	evidence=0/0
ridiculously	intensifier	evidence=0/0
outrageously	intensifier	evidence=0/0
alarmingly	intensifier	evidence=0/0
egregiously	intensifier	evidence=3/3
profoundly	intensifier	evidence=0/0
gravely	intensifier	weight=0.5;evidence=0/0
desperately	intensifier	evidence=1/4
wildly	intensifier	evidence=2/4
hopelessly	intensifier	evidence=0/0
dangerously	intensifier	evidence=1/4
grossly	intensifier	evidence=0/0
woefully	intensifier	evidence=0/0
fiercely	intensifier	evidence=0/0
bitterly	intensifier	evidence=1/3
massively	intensifier	evidence=0/0
massive	intensifier	evidence=16/46
colossal	intensifier	evidence=2/2
gigantic	intensifier	evidence=0/0
monumental	intensifier	evidence=4/9
astronomical	intensifier	evidence=0/0
mammoth	intensifier	evidence=0/0
whopping	intensifier	evidence=1/3
gargantuan	intensifier	evidence=0/0
unprecedented	intensifier	evidence=2/12
unparalleled	intensifier	evidence=0/0
unimaginable	intensifier	evidence=0/0
unthinkable	intensifier	evidence=0/0
unheard-of	intensifier	forms=unheard of;evidence=0/0
record-breaking	intensifier	evidence=0/0
epic	intensifier	evidence=0/0
drastic	intensifier	evidence=6/12
drastically	intensifier	evidence=2/6
dramatic	intensifier	weight=0.5;evidence=11/14
dramatically	intensifier	weight=0.5;evidence=11/12
stark	intensifier	weight=0.5;evidence=1/5	"stark warning"
sheer	intensifier	evidence=0/3
countless	intensifier	evidence=0/1
endless	intensifier	evidence=4/9
relentless	intensifier	evidence=2/2
relentlessly	intensifier	evidence=0/0
unrelenting	intensifier	evidence=0/0
all-out	intensifier	evidence=0/0
all-time	intensifier	evidence=0/1
worst-ever	intensifier	evidence=0/0
once-in-a-generation	intensifier	evidence=0/0
mind-boggling	intensifier	evidence=0/0
# added in 1.1
aggressively	intensifier	evidence=15/18
aggressive	intensifier	weight=0.5;evidence=2/6	"aggressive tactics"; also neutral in medicine ("aggressive tumour") and sport
surprisingly	intensifier	weight=0.5;evidence=3/6	the writer's evaluation of expectedness
absurdly	intensifier	evidence=4/4
insanely	intensifier	evidence=0/0
outright	intensifier	weight=0.5;evidence=1/6
downright	intensifier	evidence=0/0
flat-out	intensifier	evidence=0/0
brazenly	intensifier	evidence=1/1
flagrantly	intensifier	evidence=1/1
cynically	intensifier	evidence=4/4
clumsily	intensifier	forms=clumsy;evidence=1/1
atrociously	intensifier	evidence=1/1
myriad	intensifier	evidence=2/5
plethora	intensifier	evidence=1/1
litany	intensifier	evidence=0/3
deluge	intensifier	forms=deluged;evidence=0/0
avalanche	intensifier	weight=0.5;evidence=0/0	also literal
barrage	intensifier	forms=barrages;evidence=1/2	"a barrage of attacks"; also military
# added for issue 13 (general-English vocabulary; cross-topic recall). Not copied from any list.
madly	intensifier	evidence=0/0
ludicrously	intensifier	evidence=0/0
preposterously	intensifier	evidence=0/0
grotesquely	intensifier	evidence=0/0
monstrously	intensifier	evidence=0/0
hideously	intensifier	evidence=0/0
terribly	intensifier	weight=0.5;evidence=1/1
awfully	intensifier	weight=0.5;evidence=1/1
dreadfully	intensifier	evidence=0/0
fantastically	intensifier	evidence=0/0
phenomenally	intensifier	evidence=0/0
infinitely	intensifier	weight=0.5;evidence=0/0
unimaginably	intensifier	evidence=0/0
unspeakable	intensifier	forms=unspeakably;evidence=0/0
inconceivable	intensifier	forms=inconceivably;evidence=0/1
unfathomable	intensifier	evidence=0/0
astronomically	intensifier	evidence=0/0
exorbitant	intensifier	forms=exorbitantly;evidence=1/1
sky-high	intensifier	evidence=0/0
eye-watering	intensifier	forms=eye-wateringly;evidence=0/0
eye-popping	intensifier	evidence=0/0
mind-blowing	intensifier	evidence=0/0
mind-numbing	intensifier	forms=mind-numbingly;evidence=0/0
mind-bogglingly	intensifier	evidence=0/1
stunningly	intensifier	evidence=0/0
strikingly	intensifier	weight=0.5;evidence=0/0
starkly	intensifier	weight=0.5;evidence=0/1
glaring	intensifier	forms=glaringly;evidence=3/3
painfully	intensifier	evidence=1/1
excruciatingly	intensifier	evidence=0/0
agonizingly	intensifier	forms=agonisingly;evidence=0/0
achingly	intensifier	evidence=0/0
ferocious	intensifier	forms=ferociously,ferocity;evidence=0/0
frantic	intensifier	forms=frantically;evidence=0/1
vehement	intensifier	forms=vehemently,vehemence;evidence=4/7
vociferous	intensifier	forms=vociferously;evidence=0/0
fervent	intensifier	forms=fervently,fervor,fervour;evidence=0/2
zealously	intensifier	evidence=0/0
fanatically	intensifier	evidence=0/0
incessant	intensifier	forms=incessantly;evidence=0/0
ceaseless	intensifier	forms=ceaselessly;evidence=0/0
never-ending	intensifier	evidence=0/0
unending	intensifier	evidence=0/0
interminable	intensifier	evidence=0/0
unbridled	intensifier	evidence=3/3
unchecked	intensifier	weight=0.5;evidence=0/2
rampant	intensifier	evidence=3/4
runaway	intensifier	weight=0.5;evidence=0/0
out-of-control	intensifier	evidence=0/1
unfettered	intensifier	evidence=0/0
unrestrained	intensifier	evidence=0/0
insatiable	intensifier	evidence=0/0
hefty	intensifier	weight=0.5;evidence=3/3
punishing	intensifier	weight=0.5;evidence=0/1
crippling	intensifier	evidence=1/1
backbreaking	intensifier	forms=back-breaking;evidence=0/0
bruising	intensifier	weight=0.5;evidence=0/0
grueling	intensifier	forms=gruelling;evidence=2/3
blistering	intensifier	evidence=0/0
searing	intensifier	evidence=1/4
withering	intensifier	evidence=0/0
stinging	intensifier	weight=0.5;evidence=1/1
gaping	intensifier	evidence=0/0
yawning	intensifier	weight=0.5;evidence=0/0
ballooning	intensifier	forms=ballooned;evidence=0/1
herculean	intensifier	evidence=0/0
dizzying	intensifier	evidence=0/0
wanton	intensifier	forms=wantonly;evidence=0/0
spectacularly	intensifier	weight=0.5;evidence=0/0
notoriously	intensifier	evidence=0/0
amazingly	intensifier	evidence=0/0
disturbingly	intensifier	evidence=0/0
worryingly	intensifier	evidence=1/1
troublingly	intensifier	evidence=0/0
distressingly	intensifier	evidence=0/0
humiliatingly	intensifier	evidence=0/0
overly	intensifier	weight=0.5;evidence=2/4	judges a degree as excessive
excessive	intensifier	forms=excessively;weight=0.5;evidence=0/0
unduly	intensifier	forms=undue;weight=0.5;evidence=1/5
inordinate	intensifier	forms=inordinately;evidence=0/0
disproportionate	intensifier	weight=0.5;evidence=0/2
overweening	intensifier	evidence=0/0
outsized	intensifier	weight=0.5;evidence=0/0
extortionate	intensifier	evidence=0/0
precipitous	intensifier	forms=precipitously;weight=0.5;evidence=0/0
unabated	intensifier	evidence=0/0
unstoppable	intensifier	weight=0.5;evidence=0/0
inexorable	intensifier	forms=inexorably;weight=0.5;evidence=0/0
sorely	intensifier	weight=0.5;evidence=0/0
crazily	intensifier	evidence=0/0
hilariously	intensifier	forms=hilarious;evidence=0/0
chillingly	intensifier	evidence=0/0
terrifyingly	intensifier	evidence=0/0
horrifyingly	intensifier	evidence=0/0
sickeningly	intensifier	evidence=0/0
gratuitous	intensifier	forms=gratuitously;evidence=0/0
pointlessly	intensifier	evidence=0/0
senselessly	intensifier	evidence=0/0
riddled	intensifier	weight=0.5;evidence=2/3	"riddled with"
# ---- sensational: dramatising verbs and nouns ----
eviscerate	sensational	inflect=verb;evidence=0/0
skewer	sensational	inflect=verb;evidence=0/0
rip into	sensational	forms=rips into,ripped into,ripping into;evidence=0/0
hit out	sensational	forms=hits out,hitting out;evidence=0/0	"hit out at"
bash	sensational	forms=bashes,bashed,bashing;evidence=6/6
hammer	sensational	inflect=verb;weight=0.5;evidence=5/7	"hammered by critics"; also the tool
clash	sensational	forms=clashes,clashed,clashing;weight=0.5;evidence=3/16	standard for street confrontations; dramatising for verbal disagreement
feud	sensational	inflect=noun;forms=feuding;evidence=1/4
spat	sensational	weight=0.5;evidence=0/1	also past tense of "spit"
row over	sensational	weight=0.5;evidence=0/0	British "a row over funding"; "row" alone is excluded (row of seats, rowing)
war of words	sensational	evidence=0/0
showdown	sensational	inflect=noun;evidence=0/0
tirade	sensational	inflect=noun;evidence=1/3
diatribe	sensational	inflect=noun;evidence=0/0
scathing	sensational	evidence=4/5
skyrocket	sensational	inflect=verb;forms=sky-rocket,sky-rocketed,sky-rocketing;evidence=3/3
soar	sensational	inflect=verb;weight=0.5;evidence=3/8	conventional in market reporting
plunge	sensational	inflect=verb;evidence=0/2
plummet	sensational	inflect=verb;evidence=0/1
nosedive	sensational	inflect=verb;forms=nose-dive,nose-dived,nose-diving;evidence=0/0
tumble	sensational	inflect=verb;weight=0.5;evidence=0/1	conventional in market reporting
rocketed	sensational	forms=rocketing;evidence=0/0	the noun "rocket" is excluded
freefall	sensational	forms=free-fall,free fall;evidence=0/0
tailspin	sensational	inflect=noun;evidence=0/0
spiralling	sensational	forms=spiraling,spiralled,spiraled;evidence=0/0
out of control	sensational	weight=0.5;evidence=1/2
through the roof	sensational	evidence=1/4
implode	sensational	inflect=verb;evidence=0/0
meltdown	sensational	inflect=noun;evidence=0/0	also literal (nuclear meltdown)
erupt	sensational	inflect=verb;weight=0.5;evidence=4/12	metaphorical ("erupted in anger"); literal for volcanoes
explode	sensational	inflect=verb;weight=0.5;evidence=2/4	metaphorical use; literal explosions also match
explosive	sensational	evidence=3/9
rocked	sensational	evidence=3/7	"scandal rocked the government"; the noun "rock" is excluded
bombshell	sensational	inflect=noun;evidence=0/0
firestorm	sensational	inflect=noun;evidence=1/3
frenzy	sensational	forms=frenzies;evidence=1/1
feeding frenzy	sensational	evidence=0/0
furore	sensational	forms=furor;evidence=0/1
uproar	sensational	evidence=0/0
outcry	sensational	weight=0.5;evidence=1/6
fury	sensational	evidence=0/0	headline noun ("fury as ...")
backlash	sensational	weight=0.5;evidence=3/14
storm of	sensational	evidence=3/3	"storm of criticism"; "storm" alone is weather
flood of	sensational	weight=0.5;evidence=4/4	"flood of migrants" (dehumanising) but also "flood of complaints"
chaos	sensational	evidence=18/25
chaotic	sensational	evidence=8/9
mayhem	sensational	evidence=1/2
pandemonium	sensational	evidence=0/0
havoc	sensational	evidence=3/4
turmoil	sensational	weight=0.5;evidence=0/2
catastrophe	sensational	inflect=noun;evidence=1/6
catastrophic	sensational	evidence=3/3
disaster	sensational	inflect=noun;weight=0.5;evidence=2/11	literal for natural disasters
disastrous	sensational	evidence=6/6
debacle	sensational	inflect=noun;evidence=3/10
fiasco	sensational	inflect=noun;forms=fiascoes;evidence=3/3
shambles	sensational	evidence=2/3
shambolic	sensational	evidence=0/0
nightmare	sensational	inflect=noun;evidence=4/7
apocalypse	sensational	evidence=0/0
apocalyptic	sensational	evidence=6/6
armageddon	sensational	evidence=0/0
doomed	sensational	evidence=1/1
on the brink	sensational	weight=0.5;evidence=0/0
exodus	sensational	weight=0.5;evidence=0/0
embattled	sensational	evidence=3/3	label for a person under pressure ("embattled prime minister")
beleaguered	sensational	evidence=3/3
in hot water	sensational	evidence=0/0
scandal	sensational	inflect=noun;weight=0.5;evidence=2/8	often the conventional name of an affair ("the Watergate scandal")
scandal-hit	sensational	forms=scandal-plagued,scandal-ridden;evidence=0/0
stunning	sensational	forms=stunned;evidence=0/2
shock	sensational	inflect=noun;weight=0.5;evidence=0/0	headline-ese ("shock resignation"); also medical shock. "shocking" is under emotive
jaw-dropping	sensational	evidence=0/0
sensational	sensational	evidence=0/0
seismic	sensational	weight=0.5;evidence=0/0	metaphorical ("seismic shift"); literal in earthquake reporting
earth-shattering	sensational	evidence=0/0
game-changer	sensational	inflect=noun;evidence=0/0
game-changing	sensational	evidence=0/0
# added in 1.1
destroy	sensational	inflect=verb;weight=0.5;evidence=13/36	metaphorical ("destroying the economy"); also literal destruction
wreck	sensational	inflect=verb;weight=0.5;evidence=1/1
ruin	sensational	inflect=verb;weight=0.5;evidence=1/1
fueled	sensational	forms=fuelled,fueling,fuelling;evidence=9/22	verb forms ("fueled anger"); the noun "fuel" and the ambiguous "fuels" are not listed
stoke	sensational	inflect=verb;evidence=2/7	"stoked fears"
inflame	sensational	inflect=verb;evidence=0/0
flooded	sensational	forms=flooding;weight=0.5;evidence=5/13	"flooded with"; also literal floods. "flood of" is listed separately; the noun "flood" is not listed
plague	sensational	inflect=verb;weight=0.5;evidence=8/11	"plagued by scandal"; also the disease
ripped	sensational	forms=rips,ripping;weight=0.5;evidence=5/5	"ripped the decision"; "rip into" is listed separately; "rip" alone is not listed ("rip current", "RIP")
tear into	sensational	forms=tears into,tore into,tearing into,torn into;evidence=0/0
demonize	sensational	inflect=verb;forms=demonise,demonises,demonised,demonising;evidence=9/11
sabotage	sensational	inflect=verb;evidence=3/3
weaponize	sensational	inflect=verb;forms=weaponise,weaponises,weaponised,weaponising;evidence=5/9
tsunami	sensational	weight=0.5;evidence=1/1	metaphorical ("a tsunami of lawsuits"); also literal
bonanza	sensational	inflect=noun;evidence=3/3
cower	sensational	inflect=verb;evidence=1/1
ram through	sensational	forms=rams through,rammed through,ramming through;evidence=3/3
ramming	sensational	weight=0.5;evidence=1/1	"ramming legislation"; also literal vehicle rammings
suppress	sensational	inflect=verb;weight=0.5;evidence=10/22	"suppress dissent"; also medical ("suppress the immune system")
hostage	sensational	forms=hostages;weight=0.5;evidence=1/4	metaphorical "held hostage by"; also literal
spew	sensational	inflect=verb;evidence=2/2
taunt	sensational	inflect=verb;evidence=4/6
seethe	sensational	inflect=verb;evidence=2/3
trashed	sensational	forms=trashing;weight=0.5;evidence=0/0	verb sense ("trashed the plan"); the noun "trash" is not listed
torpedo	sensational	forms=torpedoed,torpedoing,torpedoes;evidence=0/0	metaphorical "torpedoed the deal"
gutted	sensational	forms=gutting;weight=0.5;evidence=0/0	"gutted the agency"; the noun "gut" is not listed
panic	sensational	forms=panicked,panicking;weight=0.5;evidence=1/4
mess	sensational	forms=messes;evidence=4/4
messy	sensational	evidence=1/1
circus	sensational	weight=0.5;evidence=2/2	"a media circus"; also literal
anarchy	sensational	evidence=4/4
train wreck	sensational	forms=trainwreck,train-wreck,train wrecks;evidence=0/0
dumpster fire	sensational	evidence=0/0
bedlam	sensational	evidence=0/0
free-for-all	sensational	evidence=0/0
scourge	sensational	evidence=6/6
doom	sensational	weight=0.5;evidence=1/1	"doom and gloom"; "doomed" is listed separately
# added for issue 13 (general-English vocabulary; cross-topic recall). Not copied from any list.
slash	sensational	inflect=verb;weight=0.5;evidence=4/5	"slashed funding"; also literal
cripple	sensational	forms=cripples,crippled;evidence=2/3
hobble	sensational	inflect=verb;weight=0.5;evidence=0/0
devastate	sensational	forms=devastates;evidence=0/1
shred	sensational	forms=shreds,shredded,shredding;weight=0.5;evidence=4/4	"shredded the agreement"; literal for paper
trample	sensational	inflect=verb;evidence=0/1
bulldoze	sensational	inflect=verb;evidence=0/1
steamroll	sensational	inflect=verb;forms=steamroller,steamrollered,steamrollering;evidence=0/0
hijack	sensational	inflect=verb;weight=0.5;evidence=0/0	metaphorical ("hijacked the debate"); literal hijackings
kneecap	sensational	forms=kneecaps,kneecapped,kneecapping;evidence=0/0
stifle	sensational	inflect=verb;evidence=2/3
muzzle	sensational	inflect=verb;weight=0.5;evidence=0/0
upend	sensational	inflect=verb;evidence=0/1
derail	sensational	inflect=verb;evidence=0/0
scuttle	sensational	inflect=verb;evidence=0/0
tanked	sensational	forms=tanking;evidence=3/3	verb sense; the noun "tank" is not listed
cratered	sensational	forms=cratering;evidence=4/6
unravel	sensational	forms=unravels,unraveled,unravelled,unraveling,unravelling;evidence=1/1
in tatters	sensational	evidence=0/0
in disarray	sensational	forms=disarray;evidence=0/0
reeling	sensational	weight=0.5;evidence=0/0
upheaval	sensational	inflect=noun;weight=0.5;evidence=0/1
tumult	sensational	forms=tumultuous;evidence=0/0
turbulent	sensational	weight=0.5;evidence=0/0
maelstrom	sensational	evidence=0/0
quagmire	sensational	inflect=noun;evidence=0/0
morass	sensational	evidence=0/0
mired	sensational	evidence=2/3
bogged down	sensational	evidence=0/0
embroiled	sensational	evidence=2/3
engulf	sensational	inflect=verb;weight=0.5;evidence=2/5	metaphorical ("engulfed in scandal"); literal fires
hornet's nest	sensational	evidence=0/0
can of worms	sensational	evidence=3/3
powder keg	sensational	inflect=noun;evidence=0/0
tinderbox	sensational	evidence=0/0
time bomb	sensational	inflect=noun;forms=timebomb,timebombs;evidence=0/0
perfect storm	sensational	evidence=0/0
death knell	sensational	evidence=3/3
death spiral	sensational	inflect=noun;evidence=0/0
last-ditch	sensational	evidence=0/1
blindside	sensational	inflect=verb;evidence=3/4
stampede	sensational	inflect=verb;weight=0.5;evidence=0/0
flocking	sensational	forms=flocked;weight=0.5;evidence=3/3	"flocking to"
pounce	sensational	inflect=verb;evidence=0/0
lurch	sensational	inflect=verb;evidence=3/6
flail	sensational	inflect=verb;evidence=1/1
flounder	sensational	inflect=verb;evidence=0/0
squander	sensational	inflect=verb;evidence=0/1
splurge	sensational	inflect=verb;weight=0.5;evidence=1/1
plunder	sensational	inflect=verb;evidence=0/0
pillage	sensational	inflect=verb;evidence=0/0
grilled	sensational	forms=grilling;weight=0.5;evidence=0/0	"grilled by lawmakers"; also cooking
pummel	sensational	forms=pummels,pummeled,pummelled,pummeling,pummelling;evidence=0/0
clobber	sensational	inflect=verb;evidence=0/0
trounce	sensational	inflect=verb;evidence=0/0
thrash	sensational	inflect=verb;weight=0.5;evidence=0/0
drubbing	sensational	evidence=0/0
sparring	sensational	forms=sparred;weight=0.5;evidence=2/3	verbal sparring; also boxing
bicker	sensational	inflect=verb;evidence=3/3
squabble	sensational	inflect=verb;evidence=0/0
brawl	sensational	inflect=verb;weight=0.5;evidence=0/0
fracas	sensational	evidence=0/0
slugfest	sensational	evidence=0/0
mudslinging	sensational	forms=mud-slinging;evidence=0/0
smackdown	sensational	evidence=0/0
sniping	sensational	forms=sniped;weight=0.5;evidence=2/3	"sniping at"; also literal
gang up	sensational	forms=gangs up,ganged up,ganging up;evidence=0/0
pile-on	sensational	evidence=0/0
dogpile	sensational	forms=dog-pile;evidence=0/0
broadside	sensational	inflect=noun;evidence=1/3
potshot	sensational	inflect=noun;forms=pot shot,pot shots;evidence=0/0
cheap shot	sensational	inflect=noun;evidence=0/0
low blow	sensational	evidence=0/0
hatchet job	sensational	evidence=0/0
hit piece	sensational	inflect=noun;forms=hit job,hit jobs;evidence=0/0
takedown	sensational	inflect=noun;weight=0.5;evidence=0/0
gaffe	sensational	inflect=noun;forms=gaffe-prone;evidence=1/1
blunder	sensational	inflect=verb;evidence=1/1
snafu	sensational	inflect=noun;evidence=0/0
faux pas	sensational	evidence=0/0
misstep	sensational	inflect=noun;weight=0.5;evidence=0/1
flub	sensational	forms=flubs,flubbed,flubbing;evidence=0/0
screw-up	sensational	forms=screw-ups,screwed up,screwing up;evidence=0/0
messed up	sensational	forms=messing up;evidence=0/0
mishandle	sensational	inflect=verb;weight=0.5;evidence=0/0
mismanage	sensational	inflect=verb;forms=mismanagement;evidence=1/1
flop	sensational	forms=flops,flopped;weight=0.5;evidence=1/1
white elephant	sensational	inflect=noun;evidence=0/0
money pit	sensational	evidence=0/0
bridge to nowhere	sensational	evidence=0/0
pork	sensational	weight=0.5;evidence=6/6	political "pork" (spending); the food also matches
largesse	sensational	weight=0.5;evidence=0/0
orgy	sensational	forms=orgies;evidence=3/3	"an orgy of spending"
binge	sensational	weight=0.5;evidence=0/0	"spending binge"
juggernaut	sensational	inflect=noun;evidence=1/1
behemoth	sensational	inflect=noun;evidence=0/0
torrent	sensational	weight=0.5;evidence=0/0
sideshow	sensational	inflect=noun;evidence=0/0
political theater	sensational	forms=political theatre;evidence=0/0
saga	sensational	weight=0.5;evidence=0/0	"the long-running saga"
imbroglio	sensational	evidence=0/0
brouhaha	sensational	evidence=0/0
kerfuffle	sensational	evidence=0/0
ruckus	sensational	evidence=0/0
dust-up	sensational	forms=dustup,dust-ups;evidence=0/0
tempest	sensational	weight=0.5;evidence=0/0
vendetta	sensational	inflect=noun;evidence=0/0
inquisition	sensational	weight=0.5;evidence=0/0	also historical
purge	sensational	inflect=verb;weight=0.5;evidence=1/1	political purges; also the literal
hellscape	sensational	forms=hellhole,hellholes;evidence=0/0
cesspool	sensational	forms=cesspit,cesspools;evidence=0/0
wasteland	sensational	weight=0.5;evidence=2/3
lurking	sensational	forms=lurk,lurks,lurked;evidence=3/3
sneak	sensational	forms=sneaks,sneaked,snuck,sneaking;weight=0.5;evidence=3/3
cram	sensational	forms=crams,crammed,cramming;weight=0.5;evidence=4/6
shoehorn	sensational	inflect=verb;evidence=3/3
railroaded	sensational	forms=railroading;evidence=0/0	verb sense ("railroaded through"); the noun "railroad" is not listed
strong-arm	sensational	forms=strong-armed,strong-arming,strongarm;evidence=0/0
arm-twisting	sensational	evidence=0/0
browbeat	sensational	forms=browbeats,browbeaten,browbeating;evidence=0/0
intimidate	sensational	inflect=verb;weight=0.5;evidence=3/5
coerce	sensational	inflect=verb;weight=0.5;evidence=0/0
coercive	sensational	weight=0.5;evidence=0/0
hounded	sensational	forms=hounding;evidence=0/0
harangue	sensational	inflect=verb;evidence=0/0
heckle	sensational	inflect=verb;forms=heckler,hecklers;evidence=0/0
jeer	sensational	inflect=verb;evidence=0/0
pillory	sensational	forms=pilloried,pillories,pillorying;evidence=0/0
lampoon	sensational	inflect=verb;evidence=0/0
gaslight	sensational	inflect=verb;evidence=0/1
backpedal	sensational	forms=backpedals,backpedaled,backpedalled,backpedaling,backpedalling;evidence=1/3
flip-flop	sensational	forms=flip-flops,flip-flopped,flip-flopping,flip-flopper;evidence=0/0
u-turn	sensational	inflect=noun;weight=0.5;evidence=0/0
dither	sensational	inflect=verb;evidence=0/1
waffle	sensational	inflect=verb;weight=0.5;evidence=0/0
dodge	sensational	inflect=verb;evidence=4/5
ducked	sensational	forms=ducking;weight=0.5;evidence=3/3	"ducked questions"
sidestep	sensational	inflect=verb;evidence=0/0
stonewall	sensational	inflect=verb;evidence=0/1
downplay	sensational	inflect=verb;evidence=8/15
gloss over	sensational	forms=glosses over,glossed over,glossing over;evidence=0/0
paper over	sensational	forms=papers over,papered over,papering over;evidence=0/0
cherry-pick	sensational	forms=cherry-picks,cherry-picked,cherry-picking;evidence=0/0
sweep under the rug	sensational	forms=swept under the rug,sweep under the carpet,swept under the carpet;evidence=0/0
fan the flames	sensational	forms=fanning the flames,fanned the flames,fans the flames;evidence=2/6
whip up	sensational	forms=whips up,whipped up,whipping up;evidence=0/0
stir up	sensational	forms=stirs up,stirred up,stirring up;evidence=0/0
rile	sensational	inflect=verb;evidence=3/7
foment	sensational	inflect=verb;evidence=1/2
capitulate	sensational	inflect=verb;evidence=0/0
capitulation	sensational	evidence=0/0
appeasement	sensational	weight=0.5;evidence=0/0
cozy up	sensational	forms=cozies up,cozied up,cozying up,cosy up,cosies up,cosied up,cosying up;evidence=0/0
prey on	sensational	forms=preys on,preyed on,preying on,prey upon,preyed upon,preying upon;evidence=3/3
dupe	sensational	inflect=verb;evidence=0/0
hoodwink	sensational	inflect=verb;evidence=0/0
swindle	sensational	inflect=verb;forms=swindler,swindlers;evidence=0/0
fleece	sensational	inflect=verb;evidence=0/0
rip-off	sensational	forms=ripoff,rip-offs,ripoffs,ripped off,ripping off;evidence=0/0
gouging	sensational	forms=price-gouging,gouge,gouged;evidence=1/1
squeeze	sensational	inflect=verb;weight=0.5;evidence=3/5	"squeezed the middle class"; also literal
erode	sensational	inflect=verb;weight=0.5;evidence=3/7
subvert	sensational	inflect=verb;evidence=1/3
dismantle	sensational	inflect=verb;weight=0.5;evidence=1/2
axed	sensational	forms=axing;weight=0.5;evidence=1/1	British "axed jobs"
rip up	sensational	forms=rips up,ripped up,ripping up;evidence=0/0
usurp	sensational	inflect=verb;evidence=6/6
tit-for-tat	sensational	weight=0.5;evidence=3/3
trot out	sensational	forms=trots out,trotted out,trotting out;evidence=3/3
slink	sensational	forms=slinks,slinked,slunk,slinking;evidence=2/3
veer	sensational	inflect=verb;weight=0.5;evidence=3/3
marred	sensational	forms=marring;evidence=3/6
slap	sensational	forms=slaps,slapped,slapping;weight=0.5;evidence=3/5	"slapped with sanctions"
poke fun	sensational	forms=pokes fun,poked fun,poking fun;evidence=3/4
wax lyrical	sensational	forms=waxes lyrical,waxed lyrical,waxing lyrical;evidence=0/0
languish	sensational	inflect=verb;weight=0.5;evidence=3/3
swamped	sensational	forms=swamping;weight=0.5;evidence=2/3
whim	sensational	inflect=noun;weight=0.5;evidence=2/2
peril	sensational	inflect=noun;weight=0.5;evidence=2/4
embolden	sensational	inflect=verb;weight=0.5;evidence=3/7
blacklist	sensational	inflect=verb;weight=0.5;evidence=3/6
shockwave	sensational	inflect=noun;forms=shock waves,shock wave;evidence=0/0
jolt	sensational	inflect=verb;weight=0.5;evidence=0/0
whiplash	sensational	weight=0.5;evidence=0/0
rollercoaster	sensational	forms=roller-coaster,roller coaster;weight=0.5;evidence=0/0
downward spiral	sensational	evidence=0/0
clampdown	sensational	inflect=noun;evidence=0/0
spree	sensational	inflect=noun;weight=0.5;evidence=1/1	"spending spree"; "killing spree" is under violence
snub	sensational	forms=snubs,snubbed,snubbing;evidence=0/0
cold shoulder	sensational	evidence=0/0
thumping	sensational	weight=0.5;evidence=0/0
drain the swamp	sensational	evidence=0/0
# ---- delegitimising: labels denying legitimacy or good faith ----
so-called	delegitimising	evidence=5/14	one token under framing.text tokenisation
illegitimate	delegitimising	evidence=1/1
sham	delegitimising	inflect=noun;evidence=0/3
puppet	delegitimising	inflect=noun;evidence=0/0	"puppet government", "Moscow's puppet"
mouthpiece	delegitimising	inflect=noun;evidence=1/1
rubber-stamp	delegitimising	forms=rubber stamp,rubber-stamps,rubber-stamped;evidence=0/0	"rubber-stamp parliament"
tyranny	delegitimising	forms=tyrannies;evidence=2/3
tyrannical	delegitimising	evidence=0/0
oppressive	delegitimising	evidence=7/11
repressive	delegitimising	evidence=0/0
authoritarian	delegitimising	inflect=noun;weight=0.5;evidence=2/13	political-science descriptor that also functions as a delegitimising label
despotic	delegitimising	evidence=0/0
totalitarian	delegitimising	evidence=3/3
draconian	delegitimising	evidence=10/13
police state	delegitimising	inflect=noun;evidence=0/3
banana republic	delegitimising	inflect=noun;evidence=0/0
kleptocracy	delegitimising	forms=kleptocracies;evidence=0/0
kleptocrat	delegitimising	inflect=noun;evidence=0/0
cronyism	delegitimising	evidence=3/3
nepotism	delegitimising	weight=0.5;evidence=0/0
corrupt	delegitimising	evidence=3/10	as a label ("corrupt regime"); the noun "corruption" is topical and excluded
usurper	delegitimising	inflect=noun;evidence=0/0
rigged	delegitimising	evidence=0/2
fraudulent	delegitimising	weight=0.5;evidence=1/3	also the legal term
bogus	delegitimising	evidence=1/2
phony	delegitimising	forms=phoney;evidence=3/3
fake	delegitimising	weight=0.5;evidence=6/9
fake news	delegitimising	evidence=0/0
hoax	delegitimising	forms=hoaxes;evidence=5/16
farce	delegitimising	inflect=noun;evidence=0/0
farcical	delegitimising	evidence=0/0
charade	delegitimising	inflect=noun;evidence=0/0
travesty	delegitimising	forms=travesties;evidence=1/1
mockery	delegitimising	evidence=0/0	"a mockery of justice"
kangaroo court	delegitimising	inflect=noun;evidence=0/0
show trial	delegitimising	inflect=noun;evidence=0/0
witch hunt	delegitimising	inflect=noun;forms=witch-hunt,witch-hunts,witchhunt,witchhunts;evidence=0/0
smear	delegitimising	inflect=verb;evidence=12/15	noun ("a smear") and verb; British "smear test" is a false positive
whitewash	delegitimising	forms=whitewashes,whitewashed,whitewashing;evidence=3/3
cover-up	delegitimising	forms=cover-ups,coverup,coverups;evidence=1/3
power grab	delegitimising	inflect=noun;evidence=0/0
land grab	delegitimising	inflect=noun;weight=0.5;evidence=0/0
stunt	delegitimising	inflect=noun;weight=0.5;evidence=2/6	"political stunt", "publicity stunt"; also film stunts
ploy	delegitimising	inflect=noun;evidence=0/2
gimmick	delegitimising	inflect=noun;evidence=1/1
posturing	delegitimising	evidence=0/0
grandstanding	delegitimising	evidence=0/0
pandering	delegitimising	forms=pander,panders,pandered;evidence=1/1
virtue signalling	delegitimising	forms=virtue-signalling,virtue signaling,virtue-signaling;evidence=3/3
self-styled	delegitimising	evidence=0/0
self-proclaimed	delegitimising	evidence=0/0
self-appointed	delegitimising	evidence=0/0
would-be	delegitimising	weight=0.5;evidence=3/6	delegitimising in "would-be leader"; neutral in "would-be attacker"
junk science	delegitimising	evidence=0/0
pseudoscience	delegitimising	forms=pseudo-science;evidence=2/6
baseless	delegitimising	weight=0.5;evidence=0/0	also neutral fact-check language
unfounded	delegitimising	weight=0.5;evidence=0/0
groundless	delegitimising	evidence=0/0
spurious	delegitimising	evidence=0/0
specious	delegitimising	evidence=0/0
dubious	delegitimising	weight=0.5;evidence=1/1
discredited	delegitimising	evidence=1/3
debunked	delegitimising	weight=0.5;evidence=6/6	fact-check language
nonsense	delegitimising	evidence=3/3
nonsensical	delegitimising	evidence=0/0
drivel	delegitimising	evidence=0/0
scaremongering	delegitimising	forms=scare-mongering;evidence=1/1
fearmongering	delegitimising	forms=fear-mongering;evidence=7/7
alarmist	delegitimising	inflect=noun;evidence=9/9	dismisses a concern as exaggerated
hysteria	delegitimising	evidence=5/5	dismisses concern as irrational
hysterical	delegitimising	evidence=1/1
screed	delegitimising	inflect=noun;evidence=0/0
brainwash	delegitimising	forms=brainwashes,brainwashed,brainwashing;evidence=2/2
indoctrinate	delegitimising	inflect=verb;evidence=2/2
indoctrination	delegitimising	evidence=2/2
enemy of the people	delegitimising	forms=enemies of the people;evidence=0/0
fifth column	delegitimising	forms=fifth columnist,fifth columnists;evidence=0/0
toothless	delegitimising	weight=0.5;evidence=0/0
# added in 1.1
gibberish	delegitimising	evidence=4/4
bullshit	delegitimising	evidence=1/1
crap	delegitimising	forms=crappy;evidence=5/5
scam	delegitimising	inflect=noun;evidence=0/0
smokescreen	delegitimising	forms=smoke screen,smokescreens;evidence=0/0
ruse	delegitimising	inflect=noun;evidence=0/0
guise	delegitimising	evidence=1/1	"under the guise of"
pretext	delegitimising	inflect=noun;weight=0.5;evidence=0/1
boondoggle	delegitimising	inflect=noun;evidence=0/0
pork-barrel	delegitimising	forms=pork barrel;evidence=1/1
slush fund	delegitimising	inflect=noun;evidence=0/0
cash grab	delegitimising	inflect=noun;forms=money grab,money grabs;evidence=0/0
handout	delegitimising	inflect=noun;weight=0.5;evidence=0/0	"government handouts"; also a printed sheet
dog whistle	delegitimising	inflect=noun;forms=dog-whistle,dog-whistles;evidence=0/0
talking points	delegitimising	evidence=0/2
trope	delegitimising	inflect=noun;weight=0.5;evidence=5/6
anti-science	delegitimising	evidence=8/12
snake oil	delegitimising	evidence=0/0
lies	delegitimising	evidence=12/28	plural noun and verb ("told lies", "he lies"); the singular "lie" is excluded ("lie down", "lie in state")
lied	delegitimising	evidence=4/6	calls a statement a lie
lying	delegitimising	weight=0.5;evidence=4/13	"lying to the public"; also "lying on the floor"
falsehood	delegitimising	inflect=noun;evidence=0/0
disingenuously	delegitimising	evidence=0/0
# added for issue 13 (general-English vocabulary; cross-topic recall). Not copied from any list.
false	delegitimising	weight=0.5;evidence=15/32	the writer's judgement of truth ("false claims"); also technical ("false positive", "false alarm")
falsely	delegitimising	evidence=7/21
untrue	delegitimising	evidence=0/0
untruthful	delegitimising	forms=untruth,untruths;evidence=0/0
fabricated	delegitimising	forms=fabricate,fabricates,fabricating;evidence=2/6
fabrication	delegitimising	inflect=noun;evidence=0/0
concoct	delegitimising	inflect=verb;evidence=3/6
made-up	delegitimising	evidence=2/3
trumped-up	delegitimising	evidence=0/0
fictitious	delegitimising	evidence=0/0
misleading	delegitimising	forms=misleadingly;evidence=3/8
mislead	delegitimising	forms=misleads,misled;evidence=0/0
deceptive	delegitimising	forms=deceptively;evidence=3/3
deception	delegitimising	inflect=noun;evidence=0/0
deceive	delegitimising	inflect=verb;evidence=0/0
deceit	delegitimising	forms=deceitfulness;evidence=6/6
dishonesty	delegitimising	forms=dishonestly;evidence=0/0
myth	delegitimising	inflect=noun;weight=0.5;evidence=7/12	"the myth that"; also mythology
fairy tale	delegitimising	inflect=noun;forms=fairytale,fairytales,fairy-tale;evidence=0/0
pipe dream	delegitimising	inflect=noun;evidence=0/0
wishful thinking	delegitimising	evidence=1/3
pie in the sky	delegitimising	forms=pie-in-the-sky;evidence=0/0
fantasy	delegitimising	forms=fantasies;weight=0.5;evidence=1/3
claptrap	delegitimising	evidence=0/0
hogwash	delegitimising	evidence=0/0
baloney	delegitimising	forms=boloney;evidence=0/0
malarkey	delegitimising	evidence=0/0
rubbish	delegitimising	weight=0.5;evidence=0/0	British also literal "rubbish collection"
garbage	delegitimising	weight=0.5;evidence=0/3	also literal
tripe	delegitimising	evidence=0/0
hot air	delegitimising	evidence=0/0
mumbo jumbo	delegitimising	forms=mumbo-jumbo;evidence=0/0
word salad	delegitimising	evidence=0/0
bullcrap	delegitimising	evidence=3/3
horseshit	delegitimising	evidence=0/0
bs	delegitimising	forms=b.s.;evidence=0/0
debunk	delegitimising	forms=debunks,debunking;weight=0.5;evidence=0/3	fact-check language
discredit	delegitimising	forms=discredits,discrediting;evidence=2/6
unsubstantiated	delegitimising	weight=0.5;evidence=0/0
unproven	delegitimising	weight=0.5;evidence=0/1
evidence-free	delegitimising	evidence=0/0
fact-free	delegitimising	evidence=0/0
flimsy	delegitimising	evidence=1/3
tenuous	delegitimising	evidence=0/0
half-truth	delegitimising	inflect=noun;evidence=0/0
distort	delegitimising	inflect=verb;evidence=0/0
distortion	delegitimising	inflect=noun;evidence=0/0
misrepresent	delegitimising	inflect=verb;forms=misrepresentation,misrepresentations;evidence=0/0
mischaracterize	delegitimising	inflect=verb;forms=mischaracterise,mischaracterises,mischaracterised,mischaracterising,mischaracterization;evidence=1/3
manipulate	delegitimising	inflect=verb;weight=0.5;evidence=3/6	also literal ("manipulate data" is itself ambiguous)
manipulation	delegitimising	weight=0.5;evidence=0/0
manipulative	delegitimising	evidence=0/0
spin	delegitimising	weight=0.5;evidence=3/7	PR "spin"; also literal spinning. The verb forms are not listed
propagandize	delegitimising	inflect=verb;forms=propagandise,propagandises,propagandised,propagandising;evidence=0/0
doublespeak	delegitimising	forms=double-speak,double-talk,doubletalk;evidence=0/0
weasel words	delegitimising	forms=weasel word,weasel-worded;evidence=0/0
mealy-mouthed	delegitimising	evidence=0/0
obfuscate	delegitimising	inflect=verb;forms=obfuscation;evidence=1/1
platitude	delegitimising	inflect=noun;evidence=2/3
lip service	delegitimising	evidence=3/3
empty promise	delegitimising	inflect=noun;forms=empty rhetoric,empty words,empty gesture,empty gestures;evidence=4/4
hollow	delegitimising	weight=0.5;evidence=0/0	"hollow promises", "rings hollow"; also literal
window dressing	delegitimising	forms=window-dressing;evidence=0/0
fig leaf	delegitimising	evidence=0/0
tokenism	delegitimising	forms=token gesture,token gestures;evidence=0/0
photo op	delegitimising	inflect=noun;forms=photo-op,photo-ops,photo opportunity;weight=0.5;evidence=1/3
performative	delegitimising	weight=0.5;evidence=0/1
saber-rattling	delegitimising	forms=sabre-rattling,saber rattling,sabre rattling;evidence=0/0
chest-thumping	delegitimising	forms=chest-beating;evidence=0/0
doom-mongering	delegitimising	forms=doom-laden;evidence=0/0
alarmism	delegitimising	evidence=0/0
hype	delegitimising	forms=hyped,overhyped,over-hyped;weight=0.5;evidence=0/0
overblown	delegitimising	forms=overstated;evidence=1/3
exaggerate	delegitimising	inflect=verb;evidence=2/2	"exaggerated claims"
exaggeration	delegitimising	inflect=noun;evidence=0/3
overrated	delegitimising	evidence=0/0
conspiratorial	delegitimising	evidence=0/0
tinfoil hat	delegitimising	forms=tin-foil hat,tinfoil-hat,tin foil hat;evidence=0/0
pseudoscientific	delegitimising	forms=pseudo-scientific;evidence=1/3
miracle cure	delegitimising	inflect=noun;evidence=0/0
fringe	delegitimising	weight=0.5;evidence=0/0	"fringe group", "fringe theory"
lunatic fringe	delegitimising	evidence=0/0
ersatz	delegitimising	evidence=0/0
faux	delegitimising	weight=0.5;evidence=0/0	"faux outrage"
make-believe	delegitimising	evidence=0/0
unelected	delegitimising	weight=0.5;evidence=0/3	"unelected bureaucrats"
unaccountable	delegitimising	evidence=0/0
rogue	delegitimising	weight=0.5;evidence=0/0	"rogue state", "rogue agency"
lawless	delegitimising	forms=lawlessness;evidence=0/1
junket	delegitimising	inflect=noun;evidence=0/0
gravy train	delegitimising	evidence=0/0
sweetheart deal	delegitimising	inflect=noun;evidence=0/0
backroom deal	delegitimising	inflect=noun;forms=back-room deal,back-room deals;evidence=0/0
cancel culture	delegitimising	weight=0.5;evidence=0/1
politically correct	delegitimising	forms=political correctness;weight=0.5;evidence=3/6	dismissive label
identity politics	delegitimising	weight=0.5;evidence=0/1
deep state	delegitimising	weight=0.5;evidence=1/3	conspiracy label
hidden agenda	delegitimising	inflect=noun;evidence=0/0
giveaway	delegitimising	inflect=noun;weight=0.5;evidence=3/9	"tax giveaway"
freebie	delegitimising	inflect=noun;evidence=0/0
nanny state	delegitimising	evidence=0/0
red tape	delegitimising	weight=0.5;evidence=0/0
bureaucratic	delegitimising	weight=0.5;evidence=5/9	"bureaucratic nightmare"
job-killing	delegitimising	forms=job-killer;evidence=0/0
job-destroying	delegitimising	evidence=0/0
tax-and-spend	delegitimising	evidence=0/0
death tax	delegitimising	inflect=noun;evidence=0/0	partisan label for the estate tax
death panel	delegitimising	inflect=noun;evidence=0/0
lamestream	delegitimising	evidence=0/0
legacy media	delegitimising	evidence=0/0
bait-and-switch	delegitimising	forms=bait and switch;evidence=2/3
illusion	delegitimising	weight=0.5;evidence=2/4	"the illusion of"
irrelevant	delegitimising	forms=irrelevance;weight=0.5;evidence=2/4
slanted	delegitimising	forms=slant;weight=0.5;evidence=2/3
trivialize	delegitimising	inflect=verb;forms=trivialise,trivialises,trivialised,trivialising;evidence=0/0
trivial	delegitimising	weight=0.5;evidence=0/0
inconsequential	delegitimising	evidence=0/0
nitpick	delegitimising	inflect=verb;forms=nit-picking;evidence=0/0
pedantic	delegitimising	evidence=0/0
hair-splitting	delegitimising	evidence=0/0
whataboutism	delegitimising	evidence=0/0
straw man	delegitimising	forms=strawman,strawmen,straw men;evidence=0/0
red herring	delegitimising	inflect=noun;evidence=0/0
false equivalence	delegitimising	evidence=0/0
move the goalposts	delegitimising	forms=moving the goalposts,moved the goalposts,moves the goalposts;evidence=0/0
race card	delegitimising	evidence=0/0
moral panic	delegitimising	evidence=1/1
pearl-clutching	delegitimising	evidence=0/0
hand-wringing	delegitimising	forms=handwringing;evidence=0/0
bed-wetting	delegitimising	forms=bedwetting,bed-wetter,bed-wetters,bedwetters;evidence=0/0
despotism	delegitimising	evidence=0/0
autocracy	delegitimising	forms=autocracies;weight=0.5;evidence=0/0
autocratic	delegitimising	weight=0.5;evidence=0/0
dictatorial	delegitimising	evidence=0/0
kafkaesque	delegitimising	evidence=0/0
big brother	delegitimising	weight=0.5;evidence=0/0
surveillance state	delegitimising	weight=0.5;evidence=0/0
cult of personality	delegitimising	forms=personality cult,personality cults;evidence=0/0
corruptly	delegitimising	evidence=1/1
# ---- distancing: epistemological framing ----
trumpet	distancing	forms=trumpeted,trumpeting;evidence=1/1	verb sense; the noun "trumpet" (instrument) also matches
pretend	distancing	inflect=verb;evidence=7/14	imputes insincerity
pretense	distancing	forms=pretence,pretenses,pretences;evidence=0/0
peddle	distancing	inflect=verb;evidence=0/0	"peddling conspiracy theories"
parrot	distancing	forms=parroted,parroting;evidence=0/0	imputes thoughtless repetition
pontificate	distancing	inflect=verb;evidence=0/0
feign	distancing	inflect=verb;evidence=0/0
# ---- violence: violence imagery ----
violently	violence	evidence=2/5
brutality	violence	forms=brutalities;evidence=10/35
brutal	violence	evidence=9/14
brutally	violence	evidence=0/0
brutalise	violence	inflect=verb;forms=brutalize,brutalizes,brutalized,brutalizing;evidence=0/1
bloodshed	violence	evidence=0/3
bloody	violence	weight=0.5;evidence=3/3	also a British expletive
bloodied	violence	evidence=0/0
bloodbath	violence	inflect=noun;evidence=0/0
bloodletting	violence	evidence=0/0
bloodthirsty	violence	evidence=0/0
blood-soaked	violence	evidence=0/0
blood on their hands	violence	forms=blood on his hands,blood on her hands,blood on its hands,blood on our hands,blood on your hands;evidence=0/0
carnage	violence	evidence=0/1
slaughter	violence	inflect=verb;evidence=0/0	noun and verb
butcher	violence	inflect=verb;evidence=0/0	verb ("butchered"); the occupation noun also matches
butchery	violence	evidence=0/0
atrocity	violence	forms=atrocities;evidence=1/3
savage	violence	forms=savaged,savaging;evidence=1/1	adjective and verb ("savaged by critics"); the plural noun is under pejorative
savagely	violence	evidence=0/0
savagery	violence	evidence=0/0
vicious	violence	evidence=6/10
viciously	violence	evidence=0/0
barbaric	violence	evidence=3/3
barbarism	violence	evidence=0/0
gruesome	violence	evidence=3/3
grisly	violence	evidence=3/3
murderous	violence	evidence=3/3
mass murder	violence	forms=mass murders,mass murderer,mass murderers;evidence=0/0
genocidal	violence	evidence=0/0
pogrom	violence	inflect=noun;evidence=0/0
annihilate	violence	inflect=verb;evidence=1/1
annihilation	violence	evidence=0/0
obliterate	violence	inflect=verb;evidence=0/0
decimate	violence	inflect=verb;weight=0.5;evidence=0/0
maim	violence	inflect=verb;evidence=0/0
mutilate	violence	inflect=verb;evidence=0/0
terrorise	violence	inflect=verb;forms=terrorize,terrorizes,terrorized,terrorizing;evidence=3/5
reign of terror	violence	evidence=0/0
ravage	violence	inflect=verb;evidence=2/7	also literal for storms and disease
war-torn	violence	forms=war-ravaged;evidence=1/3
rampage	violence	inflect=verb;evidence=1/4
killing spree	violence	inflect=noun;evidence=0/0
gun down	violence	forms=guns down,gunned down,gunning down;evidence=0/0
mow down	violence	forms=mows down,mowed down,mown down,mowing down;evidence=0/0
lynch	violence	forms=lynches,lynched,lynching;evidence=5/6
lynch mob	violence	inflect=noun;evidence=1/1
execution-style	violence	evidence=0/0
crackdown	violence	inflect=noun;evidence=2/11	implies forceful suppression; a framing choice versus "enforcement operation"
crush	violence	forms=crushes,crushed,crushing;weight=0.5;evidence=6/7	"crushed dissent", "crushing defeat"
iron fist	violence	forms=iron-fisted;evidence=0/0
jackboot	violence	inflect=noun;forms=jackbooted;evidence=0/0
maul	violence	inflect=verb;weight=0.5;evidence=0/0	metaphorical ("mauled by critics"); literal animal attacks
onslaught	violence	inflect=noun;evidence=0/1
blitz	violence	weight=0.5;evidence=1/1	military metaphor ("media blitz")
bombard	violence	inflect=verb;weight=0.5;evidence=0/0	metaphorical ("bombarded with questions"); literal shelling
besiege	violence	inflect=verb;evidence=2/3	metaphorical "besieged minister"; literal sieges
under siege	violence	evidence=0/0
war on	violence	evidence=3/9	war metaphor ("war on drugs", "war on women"); literal "war on Ukraine" also matches, so the code should not treat this as proof of metaphor
war zone	violence	inflect=noun;forms=warzone,warzones;evidence=0/0	"turned into a war zone"
assault on	violence	weight=0.5;evidence=1/4	metaphorical "assault on democracy"; literal assaults also match. Plain "assault" and "attack" are excluded
crusade	violence	inflect=noun;forms=crusader,crusaders;evidence=17/17	war metaphor for a campaign
warpath	violence	evidence=1/1	"on the warpath"
scorched earth	violence	forms=scorched-earth;evidence=0/0
# added for issue 13 (general-English vocabulary; cross-topic recall). Not copied from any list.
bloodlust	violence	evidence=0/0
macabre	violence	evidence=0/0
marauding	violence	forms=marauder,marauders;evidence=4/4
ransack	violence	inflect=verb;weight=0.5;evidence=0/0
raze	violence	inflect=verb;weight=0.5;evidence=0/0
lay waste	violence	forms=laid waste,lays waste,laying waste;evidence=0/0
eradicate	violence	inflect=verb;weight=0.5;evidence=3/3	also public health ("eradicate polio")
exterminate	violence	inflect=verb;forms=extermination;evidence=0/0
stamp out	violence	forms=stamps out,stamped out,stamping out;weight=0.5;evidence=0/0
bludgeon	violence	inflect=verb;evidence=0/0
batter	violence	forms=battered,battering;weight=0.5;evidence=0/0	"battered by critics"; the noun (cooking) also matches
evisceration	violence	evidence=3/3
backstabbing	violence	forms=back-stabbing,backstab,backstabber,backstabbers;evidence=3/3
stab in the back	violence	forms=stabbed in the back,stabbing in the back;evidence=0/0
crucify	violence	forms=crucifies,crucified,crucifying;evidence=0/0	metaphorical; also the religious sense
under the bus	violence	evidence=1/3
firepower	violence	weight=0.5;evidence=0/1
salvo	violence	inflect=noun;weight=0.5;evidence=0/0
ambush	violence	inflect=verb;weight=0.5;evidence=0/0	"ambushed by reporters"; also literal
political suicide	violence	evidence=0/0
lawfare	violence	evidence=0/0
class warfare	violence	forms=class war;evidence=0/0
culture war	violence	inflect=noun;forms=culture-war;weight=0.5;evidence=5/7	war metaphor for political conflict
infest	violence	inflect=verb;forms=infestation;evidence=1/2	dehumanising when applied to people
overrun	violence	forms=overruns,overran,overrunning;weight=0.5;evidence=0/1
stormtrooper	violence	inflect=noun;forms=storm trooper,storm troopers;evidence=0/0
gestapo	violence	evidence=0/0
death squad	violence	inflect=noun;weight=0.5;evidence=0/0
hit list	violence	inflect=noun;weight=0.5;evidence=0/0
viciousness	violence	evidence=0/0
in the crosshairs	violence	forms=crosshairs;evidence=0/0
homicidal	violence	evidence=0/0
bloodstained	violence	forms=blood-stained;evidence=0/0
blood money	violence	evidence=0/0
# ---- evaluative: judgement and appreciation (Martin & White 2005), added for issue 13 ----
impressive	evaluative	forms=impressively;weight=0.5;evidence=0/0
excellent	evaluative	weight=0.5;evidence=0/0
exceptional	evaluative	weight=0.5;evidence=0/0
first-rate	evaluative	evidence=0/0
world-class	evaluative	weight=0.5;evidence=0/0
top-notch	evaluative	evidence=0/0
groundbreaking	evaluative	forms=ground-breaking;weight=0.5;evidence=0/0
pioneering	evaluative	weight=0.5;evidence=0/0
transformative	evaluative	weight=0.5;evidence=0/0
grumpy	evaluative	evidence=0/0
cranky	evaluative	evidence=0/0
surly	evaluative	evidence=0/0
gruff	evaluative	evidence=3/3
curmudgeonly	evaluative	forms=curmudgeon,curmudgeons;evidence=0/0
cantankerous	evaluative	evidence=0/0
testy	evaluative	evidence=0/0
prickly	evaluative	weight=0.5;evidence=0/0
thin-skinned	evaluative	evidence=0/0
short-tempered	evaluative	evidence=0/0
ill-tempered	evaluative	evidence=0/0
bad-tempered	evaluative	evidence=0/0
hot-tempered	evaluative	evidence=0/0
temperamental	evaluative	evidence=0/0
mercurial	evaluative	evidence=0/0
erratic	evaluative	forms=erratically;evidence=0/0
volatile	evaluative	weight=0.5;evidence=3/3	of people; also markets and chemistry
flippant	evaluative	forms=flippantly,flippancy;evidence=6/6
glib	evaluative	forms=glibly;evidence=0/0
cavalier	evaluative	evidence=0/0
blithe	evaluative	forms=blithely;evidence=0/0
dismissive	evaluative	forms=dismissively;weight=0.5;evidence=0/0
flawed	evaluative	evidence=0/0
faulty	evaluative	weight=0.5;evidence=0/0	also literal ("faulty wiring")
clumsiness	evaluative	evidence=0/0
ineptitude	evaluative	forms=ineptness,ineptly;evidence=0/0
incompetently	evaluative	evidence=0/0
haphazard	evaluative	forms=haphazardly;evidence=1/1
slapdash	evaluative	evidence=0/0
careless	evaluative	forms=carelessly,carelessness;evidence=0/0
negligent	evaluative	weight=0.5;evidence=0/1	also the legal term
mediocre	evaluative	forms=mediocrity;evidence=3/3
second-rate	evaluative	evidence=0/0
third-rate	evaluative	evidence=0/0
subpar	evaluative	forms=sub-par;evidence=0/0
inferior	evaluative	weight=0.5;evidence=0/0
lame	evaluative	weight=0.5;evidence=1/1	"a lame excuse"; "lame duck" is conventional
feeble	evaluative	forms=feebly;evidence=0/0
shaky	evaluative	weight=0.5;evidence=0/0
tepid	evaluative	evidence=4/4
lukewarm	evaluative	weight=0.5;evidence=0/0
half-hearted	evaluative	forms=halfhearted,half-heartedly;evidence=3/3
lackadaisical	evaluative	evidence=0/0
uninspired	evaluative	forms=uninspiring;evidence=0/0
boring	evaluative	evidence=0/0
tedious	evaluative	evidence=0/0
tiresome	evaluative	evidence=0/0
dull	evaluative	weight=0.5;evidence=0/0
uninteresting	evaluative	evidence=3/3
banal	evaluative	forms=banality;evidence=0/0
trite	evaluative	evidence=0/0
hackneyed	evaluative	evidence=0/0
cliched	evaluative	forms=clichéd;evidence=0/0
shopworn	evaluative	evidence=3/3
threadbare	evaluative	evidence=0/0
worn-out	evaluative	evidence=0/0
outmoded	evaluative	evidence=0/0
antiquated	evaluative	evidence=0/0
archaic	evaluative	weight=0.5;evidence=0/0
outdated	evaluative	weight=0.5;evidence=2/3
backward	evaluative	weight=0.5;evidence=0/0
retrograde	evaluative	evidence=0/0
out of touch	evaluative	forms=out-of-touch;evidence=0/0
pointless	evaluative	evidence=5/6
futile	evaluative	forms=futility;evidence=0/0
senseless	evaluative	evidence=0/0
meaningless	evaluative	evidence=1/1
fruitless	evaluative	evidence=0/0
worthless	evaluative	evidence=0/0
purposeless	evaluative	evidence=0/0
aimless	evaluative	forms=aimlessly;evidence=0/0
vacuous	evaluative	evidence=0/0
inane	evaluative	forms=inanity;evidence=0/0
asinine	evaluative	evidence=0/0
vapid	evaluative	evidence=0/0
mindless	evaluative	forms=mindlessly;evidence=0/0
brainless	evaluative	evidence=0/0
harebrained	evaluative	forms=hare-brained;evidence=0/0
wacky	evaluative	evidence=0/0
goofy	evaluative	evidence=0/0
nutty	evaluative	evidence=1/1
daft	evaluative	evidence=0/0
moronic	evaluative	evidence=0/0
absurdity	evaluative	forms=absurdities;evidence=0/0
ridiculousness	evaluative	evidence=0/0
laughably	evaluative	evidence=3/3
comical	evaluative	forms=comically;evidence=3/3
cartoonish	evaluative	forms=cartoonishly;evidence=3/3
ill-advised	evaluative	evidence=3/3
ill-judged	evaluative	evidence=0/0
ill-considered	evaluative	evidence=0/0
ill-informed	evaluative	evidence=0/0
ill-prepared	evaluative	evidence=0/0
uninformed	evaluative	evidence=0/0
unfit	evaluative	weight=0.5;evidence=0/0
unworthy	evaluative	evidence=0/0
rash	evaluative	weight=0.5;evidence=0/1	also the skin rash
rashly	evaluative	evidence=3/3
hasty	evaluative	forms=hastily;weight=0.5;evidence=0/0
impulsive	evaluative	forms=impulsively;evidence=0/0
impetuous	evaluative	evidence=0/0
capricious	evaluative	evidence=0/0
fickle	evaluative	evidence=0/0
recklessness	evaluative	evidence=0/0
irresponsibly	evaluative	forms=irresponsibility;evidence=3/3
negligently	evaluative	evidence=0/0
counterproductive	evaluative	forms=counter-productive;evidence=0/0
self-defeating	evaluative	evidence=3/3
misplaced	evaluative	weight=0.5;evidence=0/0
unworkable	evaluative	evidence=0/0
unrealistic	evaluative	evidence=0/1
impractical	evaluative	evidence=0/0
unreasonable	evaluative	weight=0.5;evidence=0/0
illogical	evaluative	evidence=0/0
contradictory	evaluative	weight=0.5;evidence=2/3
muddled	evaluative	evidence=0/0
convoluted	evaluative	evidence=0/0
garbled	evaluative	evidence=0/0
unintelligible	evaluative	evidence=0/0
naive	evaluative	forms=naïve,naively,naïvely,naivete,naiveté;evidence=3/3
credulous	evaluative	evidence=0/0
simplistic	evaluative	evidence=0/0
facile	evaluative	evidence=0/0
superficial	evaluative	weight=0.5;evidence=0/0
shallow	evaluative	weight=0.5;evidence=0/0	also literal water
dogmatic	evaluative	evidence=0/0
doctrinaire	evaluative	evidence=0/0
rigid	evaluative	weight=0.5;evidence=0/0
inflexible	evaluative	evidence=0/0
intransigent	evaluative	forms=intransigence;evidence=0/0
obstinate	evaluative	forms=obstinacy;evidence=0/0
pig-headed	evaluative	forms=pigheaded;evidence=3/3
bullheaded	evaluative	forms=bull-headed;evidence=0/0
stubbornly	evaluative	evidence=1/1
obstructionist	evaluative	inflect=noun;forms=obstructionism;evidence=0/0
do-nothing	evaluative	evidence=3/3
recalcitrant	evaluative	evidence=1/1
intolerant	evaluative	forms=intolerance;evidence=2/7
narrow-minded	evaluative	evidence=0/0
closed-minded	evaluative	evidence=0/0
small-minded	evaluative	evidence=1/1
hidebound	evaluative	evidence=0/0
blinkered	evaluative	evidence=0/0
staunch	evaluative	forms=staunchly;weight=0.5;evidence=4/7
ardent	evaluative	forms=ardently;weight=0.5;evidence=2/7
diehard	evaluative	inflect=noun;forms=die-hard,die-hards;evidence=0/0
hardcore	evaluative	forms=hard-core;weight=0.5;evidence=0/1
lavish	evaluative	forms=lavishly;weight=0.5;evidence=0/0
extravagant	evaluative	forms=extravagance,extravagantly;evidence=0/0
opulent	evaluative	forms=opulence;evidence=0/0
ostentatious	evaluative	evidence=0/0
flashy	evaluative	evidence=0/0
glitzy	evaluative	forms=glitz;evidence=0/0
gaudy	evaluative	evidence=0/0
swanky	evaluative	evidence=0/0
glossy	evaluative	weight=0.5;evidence=6/6	"a glossy brochure"; also literal
pomp	evaluative	evidence=6/6
pageantry	evaluative	weight=0.5;evidence=6/6
grandiose	evaluative	evidence=0/0
lofty	evaluative	weight=0.5;evidence=0/0
high-minded	evaluative	weight=0.5;evidence=0/0
high-handed	evaluative	evidence=0/0
onerous	evaluative	weight=0.5;evidence=0/0
burdensome	evaluative	weight=0.5;evidence=0/0
suffocating	evaluative	weight=0.5;evidence=0/1
one-size-fits-all	evaluative	evidence=0/1
harsh	evaluative	forms=harshly;weight=0.5;evidence=6/6
paltry	evaluative	evidence=0/0
measly	evaluative	evidence=0/0
puny	evaluative	evidence=0/0
meager	evaluative	forms=meagre;weight=0.5;evidence=0/0
minuscule	evaluative	weight=0.5;evidence=0/0
fishy	evaluative	evidence=0/0
murky	evaluative	weight=0.5;evidence=0/0
shadowy	evaluative	evidence=0/0
sketchy	evaluative	evidence=0/0
disreputable	evaluative	evidence=0/0
unsound	evaluative	evidence=0/0
secretive	evaluative	weight=0.5;evidence=1/3
clandestine	evaluative	weight=0.5;evidence=0/0
tarnished	evaluative	forms=tarnish,tarnishes;evidence=0/0
tainted	evaluative	evidence=0/0
divisiveness	evaluative	evidence=0/0
wrongly	evaluative	weight=0.5;evidence=0/0
erroneous	evaluative	forms=erroneously;evidence=0/1
mistakenly	evaluative	weight=0.5;evidence=0/0
deliberately	evaluative	weight=0.5;evidence=5/8	imputes intent ("deliberately misled")
willfully	evaluative	forms=wilfully,willful,wilful;weight=0.5;evidence=0/0	also legal
predictably	evaluative	weight=0.5;evidence=2/4
conveniently	evaluative	weight=0.5;evidence=0/0	ironic "conveniently ignored"
tellingly	evaluative	evidence=0/0
ironically	evaluative	weight=0.5;evidence=1/3
obscure	evaluative	weight=0.5;evidence=10/14	"an obscure rule": diminishes its object
bad	evaluative	weight=0.5;evidence=7/18	plain evaluation; frequent. "worse" and "worst" fire mostly on unannotated comparisons and are not listed
waste	evaluative	weight=0.5;evidence=6/10	"a waste of money"; also literal ("nuclear waste")
spotty	evaluative	weight=0.5;evidence=3/3
patchy	evaluative	weight=0.5;evidence=0/0
sensible	evaluative	weight=0.5;evidence=2/6	positive judgement ("sensible reforms")
common-sense	evaluative	forms=commonsense;weight=0.5;evidence=0/1	"common-sense reforms": a framing label
level-headed	evaluative	evidence=0/0
clear-eyed	evaluative	evidence=0/0
steely-eyed	evaluative	evidence=3/3
sober-minded	evaluative	evidence=3/4
no-nonsense	evaluative	weight=0.5;evidence=0/0
straight-talking	evaluative	evidence=0/0
nosy	evaluative	forms=nosey;evidence=0/0
intrusive	evaluative	evidence=3/3
disruptive	evaluative	weight=0.5;evidence=3/4
dignified	evaluative	weight=0.5;evidence=0/0
steadfast	evaluative	weight=0.5;evidence=0/0
unwavering	evaluative	weight=0.5;evidence=0/0
resolute	evaluative	weight=0.5;evidence=0/0
tenacious	evaluative	weight=0.5;evidence=0/0
dogged	evaluative	forms=doggedly;weight=0.5;evidence=0/0	"dogged by scandal" and "dogged determination"
eloquent	evaluative	forms=eloquently;evidence=2/4
charismatic	evaluative	weight=0.5;evidence=0/0
savvy	evaluative	weight=0.5;evidence=0/0
shrewd	evaluative	weight=0.5;evidence=0/0
astute	evaluative	evidence=0/0
deft	evaluative	forms=deftly;evidence=0/0
adroit	evaluative	forms=adroitly;evidence=0/0
canny	evaluative	evidence=0/0
wily	evaluative	evidence=0/0
crafty	evaluative	evidence=0/0
cunning	evaluative	weight=0.5;evidence=1/1
slick	evaluative	weight=0.5;evidence=0/0
bold	evaluative	forms=boldly,bolder,boldest;weight=0.5;evidence=6/14
daring	evaluative	weight=0.5;evidence=0/1
gutsy	evaluative	evidence=0/0
plucky	evaluative	evidence=0/0
feisty	evaluative	weight=0.5;evidence=0/0
scrappy	evaluative	weight=0.5;evidence=0/0
intrepid	evaluative	evidence=1/1
innovative	evaluative	weight=0.5;evidence=2/3
cutting-edge	evaluative	weight=0.5;evidence=0/0
ingenious	evaluative	evidence=0/0
clever	evaluative	weight=0.5;evidence=0/0
ambitious	evaluative	weight=0.5;evidence=4/10
overpaid	evaluative	evidence=0/0
unqualified	evaluative	weight=0.5;evidence=0/0
underqualified	evaluative	weight=0.5;evidence=0/0
incapable	evaluative	weight=0.5;evidence=1/3
hapless	evaluative	evidence=0/0
bumbling	evaluative	evidence=0/0
senile	evaluative	weight=0.5;evidence=0/0
addled	evaluative	evidence=0/0
befuddled	evaluative	evidence=0/0
incorrigible	evaluative	evidence=0/0
blindly	evaluative	weight=0.5;evidence=0/0
meekly	evaluative	evidence=0/0
grudgingly	evaluative	forms=begrudgingly;weight=0.5;evidence=0/0
sheepishly	evaluative	evidence=0/0
haughtily	evaluative	evidence=0/0
defiant	evaluative	forms=defiantly;weight=0.5;evidence=1/1
compulsively	evaluative	weight=0.5;evidence=0/0
pathologically	evaluative	evidence=0/0
habitually	evaluative	weight=0.5;evidence=0/0
cravenly	evaluative	evidence=0/0
sneakily	evaluative	evidence=0/0
deviously	evaluative	evidence=0/0
sly	evaluative	forms=slyly;evidence=0/0
surreptitiously	evaluative	weight=0.5;evidence=0/0
inefficient	evaluative	forms=inefficiency;weight=0.5;evidence=2/4
unnecessarily	evaluative	evidence=3/3
stilted	evaluative	evidence=2/3
