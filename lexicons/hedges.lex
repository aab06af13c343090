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
#   them would swamp the signal.
# * "always" and "never" are NOT boosters here: in news they are mostly plain frequency/
#   negation, and "never" is a negator used by neg=drop.
# * "believe", "think", "suspect", "estimate", "claim", "argue" as third-person verbs are
#   attribution cues (attribution.lex), not hedges; only the first-person plausibility shields
#   ("I think", "we believe") are listed here.
# * No vague_quantifier category: "many", "several", "some" (without a number) are scope
#   words rather than commitment markers, and in news they mostly head vague sources
#   ("some say"), which attribution.lex covers. "some" is listed only as a numeric
#   approximator ("some 40 people").
# * "kind of" / "sort of" are not listed: the noun reading ("a new kind of weapon") dominates
#   in news text.
# * neg=drop is used where a preceding negation reverses the marker ("could not" = inability,
#   "not clearly", "not sure that"). Note that the format also drops a term when "not" directly
#   FOLLOWS it, so "clearly not" and "obviously not" are dropped as well (a minor loss,
#   accepted because "not clearly" readings are the commoner error).
# * Quoted hedges are matched too; separating writer voice from quoted voice is left to code.

[lexicon]
name = "hedges"
version = "1.0"
description = "Hedges (epistemic modals, approximators, evidentials, shields) and boosters in news prose."
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
key = "recasens2013"
text = "Recasens, M., Danescu-Niculescu-Mizil, C., & Jurafsky, D. (2013). Linguistic models for analyzing and detecting biased language. In Proceedings of the 51st Annual Meeting of the Association for Computational Linguistics (ACL), pp. 1650-1659."
bibtex = """@inproceedings{recasens2013, author={Recasens, Marta and Danescu-Niculescu-Mizil, Cristian and Jurafsky, Dan}, title={Linguistic Models for Analyzing and Detecting Biased Language}, booktitle={Proceedings of the 51st Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)}, pages={1650--1659}, address={Sofia, Bulgaria}, publisher={Association for Computational Linguistics}, year={2013}}"""

[categories.modal]
layer = "hedge"
definition = "Epistemic modal auxiliaries that present a proposition as possible rather than certain (may, might, could). Deontic and ability readings are excluded where the format allows: 'could not' (inability) via neg=drop, the month 'May' via case=exact."

[categories.approximator]
layer = "hedge"
definition = "Approximators (Prince et al. 1982; Channell 1994): expressions that make a quantity or a property fuzzy rather than exact. Number approximators ('about 40', 'at least 12', 'some 300') carry next=number so that only numeric uses count; degree adaptors ('largely', 'partly', 'somewhat', 'more or less') are unconstrained."

[categories.evidential]
layer = "hedge"
definition = "Evidential hedges that mark a proposition as hearsay, inference or unverified report without naming a source (reportedly, allegedly, apparently, purportedly, ostensibly, 'is said to', 'believed to', unconfirmed)."

[categories.shield]
layer = "hedge"
definition = "Shields (Prince et al. 1982): expressions that lower the speaker's commitment to the truth of a proposition, including probability adverbs and adjectives (likely, probably, perhaps), tentative verbs (suggest, seem, appear to, tend to), scope limiters (in part, to some extent), first-person plausibility shields (I think, in my view) and explicit uncertainty (unclear, not necessarily)."

[categories.booster]
layer = "booster"
definition = "Boosters (Hyland 1998, 2005; Holmes 1988): expressions that present a proposition as certain or beyond dispute and so close down alternative views (clearly, undoubtedly, certainly, of course, in fact, indeed, it is clear, there is no question). Intensifiers of degree ('absolutely', 'extremely') belong to loaded.lex, not here."

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
some	approximator	next=number	only before a number: "some 40 people"; non-numeric "some" heads vague sources (attribution.lex)
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
it is possible	shield	forms=it's possible,it was possible,it is quite possible,it's quite possible	plain "possible" is excluded ("as soon as possible")
suggest	shield	inflect=verb	"the data suggest"; "X suggested" with a human subject is also an attribution cue (attribution.lex)
indicate	shield	inflect=verb;weight=0.5	"figures indicate"; "he indicated he would run" is closer to attribution
appear to	shield	inflect=verb	"appears to", "appeared to"; plain "appear" is excluded ("appeared in court")
it appears	shield	forms=it appeared,it would appear
seem	shield	inflect=verb
tend to	shield	inflect=verb	tends to, tended to
generally	shield	weight=0.5
typically	shield	weight=0.5
usually	shield	weight=0.5	frequency adverb used as a rounder (Hyland 2005)
often	shield	weight=0.5	frequency adverb used as a rounder
sometimes	shield	weight=0.5
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
