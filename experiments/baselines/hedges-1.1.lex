# hedges.lex: hedges and boosters in news prose.
#
# Hedges lower the writer's (or a quoted source's) commitment to a proposition; boosters raise
# it (Hyland 1998, 2005; Holmes 1988). Recasens et al. (2013) found hedges and related
# epistemological markers among the strongest cues of biased framing in encyclopaedic/news
# prose. The categories follow the classic split of Prince et al. (1982) into approximators
# (which operate on the propositional content: "about 40", "largely") and shields (which
# operate on the speaker's commitment: "probably", "I think"), with epistemic modals and
# evidential (hearsay/inference) markers separated out, because framing analysis treats them
# differently. Words are curated for this project; no external word list was copied.
#
# Judgement calls (see also the notes on individual entries):
# * "would", "should", "can", "must" are NOT listed. In news prose "would" is mostly
#   future-in-the-past in reported speech ("she said she would resign"), "should"/"must" are
#   mostly deontic ("must be held accountable"), and "can" mostly expresses ability. Counting
#   them would swamp the signal. (BioScope and the SFU Review corpus annotate them as
#   speculation cues; the evaluation report shows the cost.)
# * "always" and "never" are NOT boosters here: in news they are mostly plain frequency/
#   negation, and "never" is a negator used by neg=drop.
# * "believe", "think", "suspect", "estimate", "claim", "argue" as third-person verbs are
#   attribution cues (attribution.lex), not hedges; only the first-person plausibility shields
#   ("I think", "we believe") and the agentless passives ("is believed", "is thought",
#   "it has been argued": category weasel) are listed here.
# * Approximators have their own layer, "approximator", not "hedge" (since 1.1). Prince et al.
#   (1982) separate approximators, which make the content fuzzy ("about 40", "largely",
#   "often"), from shields, which lower the writer's commitment; uncertainty annotation
#   (BioScope, SFU Review, CoNLL-2010) marks only the latter, and none of the three corpora
#   has a single approximator among its cues. Frequency rounders ("often", "usually",
#   "sometimes", "typically") are approximators too. "generally" stays a shield: it limits the
#   validity of a generalisation ("is generally accepted") rather than a frequency.
# * Vague quantifiers (category vague_quantifier, since 1.1): "some", "many", "several" and
#   "certain" as determiners or pronouns assert an unspecified quantity of people
#   or things; they are the core of unsupported generalisation (Channell 1994; Wikipedia's
#   weasel words, Farkas et al. 2010). Vague quantities of time and number ("for many years",
#   "several times", "several hundred") are approximators and win by longest match.
#   "numerous", "various", "a number of" and "a few" are NOT listed: in encyclopaedic and
#   news prose they mostly count things ("various parameters", "a few days"); on CoNLL-2010
#   train only 22-29% of the sentences holding them are labelled uncertain, against 51-66%
#   for "some", "many", "several". The pronoun "others" is not a hedge on its own: its
#   weasel use ("others contend") is a vague source, which attribution.lex covers, and
#   elsewhere it is plain reference ("the actions of others").
# * "most" is NOT listed: most of its uses are superlatives ("the most popular"), which
#   evaluate rather than hedge.
# * "kind of" / "sort of" are not listed: the noun reading ("a new kind of weapon") dominates
#   in news text.
# * neg=drop is used where a preceding negation reverses the marker ("could not" = inability,
#   "not clearly", "not sure that"). Note that the format also drops a term when "not" directly
#   FOLLOWS it, so "clearly not" and "obviously not" are dropped as well (a minor loss,
#   accepted because "not clearly" readings are the commoner error).
# * Quoted hedges are matched too; separating writer voice from quoted voice is left to code.
# * Tuning (1.1): entries were added and moved after error analysis on CoNLL-2010 Wikipedia
#   train, BioScope and the SFU Review corpus (reports/evaluation). Every entry is general
#   English with a documented reading; nothing was added to fit one corpus's quirks, and no
#   word was copied from a published list.

[lexicon]
name = "hedges"
version = "1.1"
description = "Hedges (epistemic modals, evidentials, shields, vague quantifiers, agentless weasel attributions), approximators and boosters in news prose."
license = "CC-BY-4.0"
authors = ["framing contributors"]

[[citations]]
key = "lakoff1973"
text = "Lakoff, G. (1973). Hedges: A study in meaning criteria and the logic of fuzzy concepts. Journal of Philosophical Logic, 2(4), 458-508."
bibtex = """@article{lakoff1973, author={Lakoff, George}, title={Hedges: A Study in Meaning Criteria and the Logic of Fuzzy Concepts}, journal={Journal of Philosophical Logic}, volume={2}, number={4}, pages={458--508}, year={1973}}"""

[[citations]]
key = "prince1982"
text = "Prince, E. F., Frader, J., & Bosk, C. (1982). On hedging in physician-physician discourse. In R. J. Di Pietro (Ed.), Linguistics and the Professions (pp. 83-97). Norwood, NJ: Ablex."
bibtex = """@incollection{prince1982, author={Prince, Ellen F. and Frader, Joel and Bosk, Charles}, title={On Hedging in Physician-Physician Discourse}, booktitle={Linguistics and the Professions}, editor={Di Pietro, Robert J.}, pages={83--97}, publisher={Ablex}, address={Norwood, NJ}, year={1982}}"""

[[citations]]
key = "holmes1988"
text = "Holmes, J. (1988). Doubt and certainty in ESL textbooks. Applied Linguistics, 9(1), 21-44."
bibtex = """@article{holmes1988, author={Holmes, Janet}, title={Doubt and Certainty in {ESL} Textbooks}, journal={Applied Linguistics}, volume={9}, number={1}, pages={21--44}, year={1988}}"""

[[citations]]
key = "hyland1998"
text = "Hyland, K. (1998). Hedging in Scientific Research Articles. Amsterdam: John Benjamins."
bibtex = """@book{hyland1998, author={Hyland, Ken}, title={Hedging in Scientific Research Articles}, publisher={John Benjamins}, address={Amsterdam}, year={1998}}"""

[[citations]]
key = "hyland2005"
text = "Hyland, K. (2005). Metadiscourse: Exploring Interaction in Writing. London: Continuum."
bibtex = """@book{hyland2005, author={Hyland, Ken}, title={Metadiscourse: Exploring Interaction in Writing}, publisher={Continuum}, address={London}, year={2005}}"""

[[citations]]
key = "channell1994"
text = "Channell, J. (1994). Vague Language. Oxford: Oxford University Press."
bibtex = """@book{channell1994, author={Channell, Joanna}, title={Vague Language}, publisher={Oxford University Press}, address={Oxford}, year={1994}}"""

[[citations]]
key = "farkas2010"
text = "Farkas, R., Vincze, V., Móra, G., Csirik, J., & Szarvas, G. (2010). The CoNLL-2010 shared task: Learning to detect hedges and their scope in natural language text. In Proceedings of the Fourteenth Conference on Computational Natural Language Learning: Shared Task, pp. 1-12."
bibtex = '''@inproceedings{farkas2010, author={Farkas, Rich{\'a}rd and Vincze, Veronika and M{\'o}ra, Gy{\"o}rgy and Csirik, J{\'a}nos and Szarvas, Gy{\"o}rgy}, title={The {CoNLL}-2010 Shared Task: Learning to Detect Hedges and their Scope in Natural Language Text}, booktitle={Proceedings of the Fourteenth Conference on Computational Natural Language Learning -- Shared Task}, pages={1--12}, address={Uppsala, Sweden}, publisher={Association for Computational Linguistics}, year={2010}}'''

[[citations]]
key = "vincze2008"
text = "Vincze, V., Szarvas, G., Farkas, R., Móra, G., & Csirik, J. (2008). The BioScope corpus: biomedical texts annotated for uncertainty, negation and their scopes. BMC Bioinformatics, 9(Suppl 11), S9."
bibtex = '''@article{vincze2008, author={Vincze, Veronika and Szarvas, Gy{\"o}rgy and Farkas, Rich{\'a}rd and M{\'o}ra, Gy{\"o}rgy and Csirik, J{\'a}nos}, title={The {BioScope} corpus: biomedical texts annotated for uncertainty, negation and their scopes}, journal={BMC Bioinformatics}, volume={9}, number={Suppl 11}, pages={S9}, year={2008}}'''

[[citations]]
key = "konstantinova2012"
text = "Konstantinova, N., de Sousa, S. C. M., Díaz, N. P. C., López, M. J. M., Taboada, M., & Mitkov, R. (2012). A review corpus annotated for negation, speculation and their scope. In Proceedings of LREC 2012, pp. 3190-3195."
bibtex = '''@inproceedings{konstantinova2012, author={Konstantinova, Natalia and de Sousa, Sheila C. M. and D{\'i}az, Noa P. Cruz and L{\'o}pez, Manuel J. Ma{\~n}a and Taboada, Maite and Mitkov, Ruslan}, title={A review corpus annotated for negation, speculation and their scope}, booktitle={Proceedings of the Eighth International Conference on Language Resources and Evaluation (LREC'12)}, pages={3190--3195}, year={2012}}'''

[[citations]]
key = "recasens2013"
text = "Recasens, M., Danescu-Niculescu-Mizil, C., & Jurafsky, D. (2013). Linguistic models for analyzing and detecting biased language. In Proceedings of the 51st Annual Meeting of the Association for Computational Linguistics (ACL), pp. 1650-1659."
bibtex = """@inproceedings{recasens2013, author={Recasens, Marta and Danescu-Niculescu-Mizil, Cristian and Jurafsky, Dan}, title={Linguistic Models for Analyzing and Detecting Biased Language}, booktitle={Proceedings of the 51st Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)}, pages={1650--1659}, address={Sofia, Bulgaria}, publisher={Association for Computational Linguistics}, year={2013}}"""

[categories.modal]
layer = "hedge"
definition = "Epistemic modal auxiliaries that present a proposition as possible rather than certain (may, might, could). Deontic and ability readings are excluded where the format allows: 'could not' (inability) via neg=drop, the month 'May' via case=exact."

[categories.approximator]
layer = "approximator"
definition = "Approximators (Prince et al. 1982; Channell 1994): expressions that make a quantity, degree or frequency fuzzy rather than exact, operating on the propositional content rather than on the writer's commitment to it. Number approximators ('about 40', 'at least 12', 'some 300') carry next=number so that only numeric uses count; degree adaptors ('largely', 'partly', 'somewhat', 'more or less') and frequency rounders ('often', 'usually', 'typically') are unconstrained. Their own layer (not 'hedge'), because uncertainty annotation schemes mark commitment, not vagueness: no approximator is a cue in BioScope (Vincze et al. 2008), the SFU Review corpus (Konstantinova et al. 2012) or CoNLL-2010 (Farkas et al. 2010)."

[categories.evidential]
layer = "hedge"
definition = "Evidential hedges that mark a proposition as hearsay, inference or unverified report without naming a source (reportedly, allegedly, apparently, purportedly, ostensibly, 'is said to', 'believed to', unconfirmed)."

[categories.shield]
layer = "hedge"
definition = "Shields (Prince et al. 1982): expressions that lower the speaker's commitment to the truth of a proposition, including probability adverbs and adjectives (likely, probably, perhaps), tentative verbs (suggest, seem, appear to, tend to), scope limiters (in part, to some extent), first-person plausibility shields (I think, in my view) and explicit uncertainty (unclear, not necessarily)."

[categories.vague_quantifier]
layer = "hedge"
definition = "Vague quantifiers (Channell 1994, ch. 5): determiners and pronouns that assert an unspecified quantity of people or things (some, many, several, certain) instead of a count or a named group. They are the core of unsupported generalisation ('many believe', 'some scholars', 'in certain cases'; the 'weasel words' of Farkas et al. 2010). Numeric uses ('some 40 people') are approximations and are counted here too."

[categories.weasel]
layer = "hedge"
definition = "Impersonal and passive attributions of opinion or reputation that do not say whose opinion it is (Farkas et al. 2010, weasel words): 'is considered', 'is regarded as', 'is widely believed', 'it is thought that', 'widely', 'well known'. The writer reports a consensus without a source, so the proposition is marked as hearsay."

[categories.booster]
layer = "booster"
definition = "Boosters (Hyland 1998, 2005; Holmes 1988): expressions that present a proposition as certain or beyond dispute and so close down alternative views (clearly, undoubtedly, certainly, of course, in fact, indeed, it is clear, there is no question). Intensifiers of degree ('absolutely', 'extremely') belong to loaded.lex, not here."

[[changes]]
version = "1.1"
date = "2026-11-29"
text = "Approximators move to their own layer 'approximator' (uncertainty corpora do not annotate them); frequency rounders (often, usually, sometimes, typically) move from shield to approximator. New categories vague_quantifier (some, many, several, certain; 'some' was a numeric approximator) and weasel (agentless opinion and reputation: is considered, regarded as, is believed, widely, well known, is expected to, has been criticised, is seen as, is disputed). New shields whether, possible that, almost certain, doubt, questionable, not known; new evidentials presumed, putative, speculat*, legend has it. Vague quantities of time and number and general extenders (and others, and so on) added as approximators. Tuned on CoNLL-2010 Wikipedia train (sentence F1 0.38 -> 0.60, with vague attributions)."

[[changes]]
version = "1.0"
date = "2026-11-28"
text = "First release: modal, approximator, evidential and shield hedges; boosters."

%% entries
# term<TAB>category<TAB>options<TAB>note
# ---- modal ----
may	modal	case=exact	lower-case only, so that the month "May" and the surname "May" are not counted; "may not" stays a hedge
might	modal		"might not" stays a hedge
could	modal	neg=drop	"could not" expresses inability, not possibility; "couldn't" is a separate token and does not match. Past-ability "could" ("he could swim") is an accepted false positive
# ---- approximator: numeric (next=number) ----
about	approximator	next=number	only before a number: "about 40 people"
around	approximator	next=number	only before a number: "around 300"
approximately	approximator
roughly	approximator
nearly	approximator		also degree ("nearly impossible")
almost	approximator		also degree ("almost impossible")
close to	approximator	next=number
at least	approximator	next=number	"at least 12 killed": the standard news hedge on casualty counts
as many as	approximator	next=number
as much as	approximator	next=number
up to	approximator	next=number;weight=0.5	upper bound; "up to 10 years in prison" is a legal maximum rather than an estimate
more than	approximator	next=number;weight=0.5	very frequent rounding; weaker hedge
over	approximator	next=number;weight=0.5	"over 200 people"
fewer than	approximator	next=number;weight=0.5
less than	approximator	next=number;weight=0.5
upwards of	approximator	next=number
in excess of	approximator	next=number;weight=0.5
just over	approximator	next=number
just under	approximator	next=number
in the region of	approximator	next=number
of the order of	approximator	next=number
circa	approximator	next=number
estimated	approximator	next=number	"an estimated 40,000"; verb uses of "estimate" are attribution cues
or so	approximator		follows the number ("40 or so"), so next=number cannot be used
give or take	approximator
# ---- approximator: degree adaptors ----
more or less	approximator
somewhat	approximator
relatively	approximator
fairly	approximator	weight=0.5	also manner ("treated fairly")
partly	approximator
partially	approximator
largely	approximator
mostly	approximator
mainly	approximator	weight=0.5
broadly	approximator
essentially	approximator
basically	approximator	weight=0.5
virtually	approximator
practically	approximator	weight=0.5	also "practically minded"
usually	approximator	weight=0.5	frequency adverb used as a rounder (Hyland 2005)
often	approximator	weight=0.5	frequency adverb used as a rounder
sometimes	approximator	weight=0.5
typically	approximator	weight=0.5
# ---- approximator: vague quantities of time and number ----
some time	approximator	forms=some times,some years,some months,some weeks,some days,some decades,some hours,some minutes,some centuries,some generations,some occasions	vague duration or frequency (Channell 1994, ch. 4), an approximation rather than an unsourced generalisation; wins over the vague quantifier "some" by longest match
many time	approximator	forms=many times,many years,many months,many weeks,many days,many decades,many hours,many minutes,many centuries,many generations,many occasions	vague duration or frequency (Channell 1994, ch. 4), an approximation rather than an unsourced generalisation; wins over the vague quantifier "many" by longest match
several time	approximator	forms=several times,several years,several months,several weeks,several days,several decades,several hours,several minutes,several centuries,several generations,several occasions	vague duration or frequency (Channell 1994, ch. 4), an approximation rather than an unsourced generalisation; wins over the vague quantifier "several" by longest match
several hundred	approximator	forms=several thousand,several dozen,several million,several billion,many hundreds,many thousands,many millions	vague number words; win over the vague quantifier by longest match
and others	approximator	forms=among others,and so on,and so forth,and the like,or so forth	general extenders that close a list (Channell 1994, ch. 6: vague category identifiers)
# ---- evidential ----
reportedly	evidential
allegedly	evidential
alleged	evidential		"the alleged attacker"; also the past tense of the distancing cue "allege"
alleged to	evidential		"alleged to have taken bribes"
apparently	evidential
apparent	evidential		"an apparent suicide"
seemingly	evidential
purportedly	evidential
purported	evidential
ostensibly	evidential
supposedly	evidential
reputedly	evidential
evidently	evidential		Hyland counts "evident" as a booster, but in news "evidently" usually marks inference ("he had evidently fled")
unconfirmed	evidential		"unconfirmed reports"
unverified	evidential
suspected	evidential	weight=0.5	"the suspected gunman": marks unestablished status; the noun "suspect" is excluded (topical)
believed to	evidential		passive evidential ("is widely believed to have fled"); active "believed to" is ungrammatical, so no "is" is required
thought to	evidential		passive evidential ("is thought to be"); rare false positive "thought to himself"
is said to	evidential	forms=are said to,was said to,were said to,is widely said to	"said to" alone would match "said to reporters"
is reported to	evidential	forms=are reported to,was reported to,were reported to	"reported to police" is excluded by requiring the copula
is understood to	evidential	forms=are understood to,was understood to,were understood to	British news idiom
rumoured to	evidential	forms=rumored to
presumed	evidential		"the presumed killer": status inferred, not established
putative	evidential		"the putative father"; a speculation cue in BioScope (Vincze et al. 2008)
speculat*	evidential		speculate, speculated, speculation, speculative: marks a proposition as conjecture
legend has it	evidential	forms=according to legend,tradition has it,according to tradition,rumour has it that,rumor has it that	hearsay of unknown origin
if confirmed	evidential		conditional on confirmation
if true	evidential
# ---- shield ----
likely	shield	inflect=adj	also "more likely", "most likely"; "not likely" stays a hedge
unlikely	shield		low-probability judgement, still an epistemic hedge
probably	shield
possibly	shield
perhaps	shield
maybe	shield
presumably	shield
conceivably	shield
plausibly	shield
arguably	shield
potentially	shield	weight=0.5	"potentially dangerous"
almost certainly	shield		high probability but short of commitment; wins over "certainly" by longest match
in all likelihood	shield
in all probability	shield
chances are	shield
there is a chance	shield	forms=there's a chance,there is a possibility,there's a possibility
it is possible	shield	forms=it's possible,it was possible,it is quite possible,it's quite possible,it is also possible,it's also possible,it is entirely possible,it's entirely possible,it may be possible,it might be possible,it would be possible,it is not impossible	plain "possible" is excluded ("as soon as possible")
suggest	shield	inflect=verb	"the data suggest"; "X suggested" with a human subject is also an attribution cue (attribution.lex)
indicate	shield	inflect=verb;weight=0.5	"figures indicate"; "he indicated he would run" is closer to attribution
appear to	shield	inflect=verb	"appears to", "appeared to"; plain "appear" is excluded ("appeared in court")
it appears	shield	forms=it appeared,it would appear
seem	shield	inflect=verb
tend to	shield	inflect=verb	tends to, tended to
generally	shield	weight=0.5
in part	shield
in large part	shield
to some extent	shield
to a certain extent	shield
to an extent	shield
to some degree	shield
to a degree	shield
in some ways	shield
in some respects	shield
in a sense	shield
in some cases	shield
possible that	shield	forms=possibility that,possibly that	"it is possible that", "the possibility that"; plain "possible" is excluded ("as soon as possible")
almost certain	shield	forms=all but certain,nearly certain	high probability short of commitment; wins over the booster "certain that" only where it starts earlier
doubt	shield	forms=doubts,doubtful	"there is doubt", "doubts remain"; "no doubt" and "without doubt" are boosters and win by longest match; the verb "doubt" with a subject is an attribution cue
questionable	shield		the writer marks a proposition as open to doubt
not known	shield	forms=is unknown,are unknown,was unknown,remains unknown,remain unknown,is not known,are not known,not yet known	knowledge explicitly absent ("it is not known whether"); a speculation cue in BioScope. Plain "unknown" is excluded ("an unknown number", "unknown gunmen")
whether	shield		an open question ("it is unclear whether", "asked whether"): the proposition is neither asserted nor denied; a speculation cue in BioScope and the SFU Review corpus
not necessarily	shield
not entirely	shield
not sure	shield
not certain	shield
not clear	shield		"it is not clear whether"
unclear	shield		"it remains unclear"
uncertain	shield	weight=0.5	also "an uncertain future" (topical)
cannot be ruled out	shield	forms=can't be ruled out,could not be ruled out,couldn't be ruled out,can not be ruled out	presents a possibility; wins over "could" (neg=drop) by longest match
cannot rule out	shield	forms=can't rule out,could not rule out,couldn't rule out,did not rule out,didn't rule out,would not rule out,wouldn't rule out,refused to rule out,declined to rule out
it could be argued	shield	forms=it can be argued,it might be argued,it may be argued
i think	shield		first-person plausibility shield (Prince et al. 1982); mostly inside quotations in news
i believe	shield
i guess	shield
i suppose	shield
i suspect	shield
i feel	shield
we think	shield
we believe	shield
as far as i know	shield	forms=as far as we know
as far as i can tell	shield	forms=as far as we can tell
to my knowledge	shield	forms=to our knowledge,to the best of my knowledge,to the best of our knowledge
in my view	shield	forms=in our view
in my opinion	shield	forms=in our opinion
# ---- vague_quantifier ----
some	vague_quantifier		"some scholars", "some of the", "some say"; also numeric "some 40 people" (an approximation). Also a vague-source head in attribution.lex
many	vague_quantifier		"many believe", "many of", "in many cases"
several	vague_quantifier		unspecified small number
certain	vague_quantifier	neg=drop	determiner reading "certain critics", "in certain cases"; "certain that" (booster) and "almost certainly" win by longest match; "not certain" is a shield
# ---- weasel ----
is considered	weasel	forms=are considered,was considered,were considered,be considered,been considered,being considered,is widely considered,are widely considered,was widely considered,is generally considered,are generally considered,is often considered,are often considered	passive of opinion without an agent; active "the committee considered the bill" is not matched
considered to be	weasel	forms=considered to have been,considered by,considered as,considered one of	"considered by many (to be)"
regarded as	weasel	forms=regarded by	"is regarded as", "regarded by many as"
is believed	weasel	forms=are believed,was believed,were believed,is widely believed,are widely believed,was widely believed,it is believed,it was believed,it is widely believed,believed by	agentless belief; "believed to" (evidential) wins by longest match where it applies
it is thought	weasel	forms=it was thought,it is widely thought,is widely thought,it is generally thought
it has been suggested	weasel	forms=it has been argued,it has been claimed,it has been said,it has been reported,it has been speculated,it was suggested,it was argued,it was claimed,it is suggested,it is argued,it is claimed,it is said	impersonal hearsay (Wikipedia's "it has been suggested")
widely	weasel		"widely used", "widely seen as", "widely reported": a consensus asserted without a source
well known	weasel	forms=well-known,widely known,best known,best-known,better known,better-known	reputation asserted without a source ("is well known for"). Hyland (2005) counts "it is well known that" as a booster; here the unsourced consensus is the point
generally accepted	weasel	forms=generally believed,generally thought,generally agreed,generally regarded,commonly believed,commonly held,commonly thought,commonly regarded,commonly accepted,popularly believed,widely held	the adverb carries the weasel; listed as phrases so that "commonly" alone (mostly naming: "commonly called") is not counted
has been criticized	weasel	forms=has been criticised,have been criticized,have been criticised,has been questioned,have been questioned,has been disputed,have been disputed,has been challenged,have been challenged,has been contested,have been contested,came under criticism,come under criticism,has come under criticism,has drawn criticism,have drawn criticism,drew criticism	agentless criticism: the critics are not named
is expected to	weasel	forms=are expected to,was expected to,were expected to,is widely expected to,are widely expected to,is widely expected,is expected,are expected	agentless expectation ("the bill is expected to pass"): a forecast without a forecaster
it is rumored	weasel	forms=it is rumoured,it was rumored,it was rumoured,rumor has it,rumour has it,there is speculation,there was speculation,there has been speculation	hearsay without a source
is known to	weasel	forms=are known to,was known to,were known to,is not known to,is widely known to	"is known to have been": knowledge asserted without a knower ("known as", naming, is not matched)
is seen as	weasel	forms=are seen as,was seen as,were seen as,is widely seen as,are widely seen as,was widely seen as,is viewed as,are viewed as,was viewed as,were viewed as,is widely viewed as,is perceived as,are perceived as,was perceived as,is widely perceived as	an opinion without a holder; active "critics see it as" is an attribution
is disputed	weasel	forms=are disputed,was disputed,remains disputed,is debated,are debated,remains debated,is contested,are contested,remains contested,is controversial,remains controversial	a claim presented as contested without saying by whom
# ---- booster ----
clearly	booster	neg=drop	"not clearly" is not a booster; side effect: "clearly not" is dropped too
obviously	booster	neg=drop	as for clearly
undoubtedly	booster
certainly	booster		"certainly not" still boosts, so no neg=drop
definitely	booster		"definitely not" still boosts, so no neg=drop
undeniably	booster
unquestionably	booster
indisputably	booster
incontrovertibly	booster
irrefutably	booster
unmistakably	booster
demonstrably	booster
conclusively	booster
categorically	booster		"categorically denied"
unambiguously	booster
plainly	booster	weight=0.5	also manner ("plainly dressed")
manifestly	booster
patently	booster
surely	booster		can be rhetorical; still a commitment marker
doubtless	booster	forms=doubtlessly
no doubt	booster		"there is no doubt that", "will no doubt"
without doubt	booster	forms=without a doubt,without any doubt
beyond doubt	booster	forms=beyond any doubt,beyond all doubt,beyond a doubt
beyond question	booster
beyond dispute	booster
there is no question	booster	forms=there's no question,there was no question
of course	booster
in fact	booster
indeed	booster
actually	booster	weight=0.5	often contrastive discourse marker rather than certainty
in reality	booster
as a matter of fact	booster
the fact is	booster	forms=the fact of the matter is
the truth is	booster
the reality is	booster
it is clear	booster	forms=it's clear,it was clear,it is abundantly clear,it was abundantly clear,it's abundantly clear	"it is not clear" does not match (see shield "not clear")
it is obvious	booster	forms=it's obvious,it was obvious
it is evident	booster	forms=it's evident,it was evident
it is certain	booster	forms=it's certain,it was certain
self-evident	booster
make no mistake	booster
needless to say	booster
it goes without saying	booster
inevitably	booster
certain that	booster	neg=drop	"is certain that"; "not certain that" is dropped ("not certain" is a shield)
sure that	booster	neg=drop	"not sure that" is dropped ("not sure" is a shield)
convinced that	booster	neg=drop
confident that	booster	neg=drop;weight=0.5
is bound to	booster	forms=are bound to,was bound to,were bound to	"duty-bound" and literal "bound to a chair" excluded by requiring the copula
undisputed	booster
undeniable	booster
indisputable	booster
incontrovertible	booster
irrefutable	booster
unquestionable	booster
conclusive	booster
definitive	booster	weight=0.5
firmly	booster	weight=0.5	"firmly believes"
