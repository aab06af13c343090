# loaded_extended.lex: the broader loaded-language categories, off by default.
#
# Switch them on next to the default lexicons:
#     framing score corpus/ --lexicon default --lexicon loaded_extended -o scores.csv
# Python: framing.AnalyzerSettings.create(lexicons=["default", "loaded_extended"]).
# Their matches then count in the loaded layer (loaded_per_1k and its voice split) and in
# their own columns (loaded_extended_<category>_per_1k); the signature names the lexicon.
#
# What is here (issue 13; the split is documented in lexicons/loaded.lex and CHANGES):
# * topical: nouns that name a topic, an ideology or a kind of event (terrorism, violence,
#   misinformation, genocide, ideology). A word that names what a story is about is not
#   loaded language by itself: in "the rise of political violence" it names the topic; a
#   measure of how an outlet writes should not move with what it writes about. They were
#   in the default measure of loaded 1.1 and dominated the keyness between outlets.
# * every other category: entries of loaded.lex whose evidence on the shared gold fails the
#   core rule of loaded.lex's [evidence] table (enough hits, too few of them on words
#   annotators marked as biased): loaded in some contexts, mostly descriptive in others
#   (violent, regime, massive, unprecedented). They keep the category they had in loaded.lex.
# The evidence= option of every entry is its record on the shared gold (see loaded.lex).

[lexicon]
name = "loaded_extended"
version = "1.0"
description = "The broader, switchable categories of loaded language: topical nouns (terrorism, violence, misinformation) and entries whose measured precision against annotated biased words is low (words loaded in some contexts and descriptive in most). Off by default; add with --lexicon default --lexicon loaded_extended."
license = "CC-BY-4.0"
authors = ["framing contributors"]

[[citations]]
key = "recasens2013"
text = "Recasens, M., Danescu-Niculescu-Mizil, C., & Jurafsky, D. (2013). Linguistic models for analyzing and detecting biased language. In Proceedings of the 51st Annual Meeting of the Association for Computational Linguistics (ACL), pp. 1650-1659."
bibtex = """@inproceedings{recasens2013, author={Recasens, Marta and Danescu-Niculescu-Mizil, Cristian and Jurafsky, Dan}, title={Linguistic Models for Analyzing and Detecting Biased Language}, booktitle={Proceedings of the 51st Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)}, pages={1650--1659}, address={Sofia, Bulgaria}, publisher={Association for Computational Linguistics}, year={2013}}"""

[[citations]]
key = "pryzant2020"
text = "Pryzant, R., Diehl Martinez, R., Dass, N., Kurohashi, S., Jurafsky, D., & Yang, D. (2020). Automatically neutralizing subjective bias in text. In Proceedings of the AAAI Conference on Artificial Intelligence, 34(01), 480-489."
bibtex = """@inproceedings{pryzant2020, author={Pryzant, Reid and Diehl Martinez, Richard and Dass, Nathan and Kurohashi, Sadao and Jurafsky, Dan and Yang, Diyi}, title={Automatically Neutralizing Subjective Bias in Text}, booktitle={Proceedings of the AAAI Conference on Artificial Intelligence}, volume={34}, number={01}, pages={480--489}, year={2020}}"""

[[citations]]
key = "spinde2021words"
text = "Spinde, T., Rudnitckaia, L., Mitrovic, J., Hamborg, F., Granitzer, M., Gipp, B., & Donnay, K. (2021). Automated identification of bias inducing words in news articles using linguistic and context-oriented features. Information Processing & Management, 58(3), 102505."
bibtex = """@article{spinde2021words, author={Spinde, Timo and Rudnitckaia, Lada and Mitrovi{\\'c}, Jelena and Hamborg, Felix and Granitzer, Michael and Gipp, Bela and Donnay, Karsten}, title={Automated Identification of Bias Inducing Words in News Articles Using Linguistic and Context-Oriented Features}, journal={Information Processing \\& Management}, volume={58}, number={3}, pages={102505}, year={2021}}"""

[evidence]
data = "matches in the tuning topics of three gold annotations of biased words: BABE train_SG2 (experts), MBIC (crowd), SG1 (experts), pooled; the final-split topics are never counted"
command = "python experiments/generalisation.py --write-evidence"

[categories.topical]
layer = "loaded"
definition = "Nouns that name a topic, an ideology or a kind of event (terrorism, violence, misinformation, genocide, ideology): loaded when a writer applies them as a label, topical when they name what a story is about, which a word list cannot tell apart."

[categories.pejorative]
layer = "loaded"
definition = "As in loaded.lex: Pejorative labels that name people or groups (and their conduct or ideology) in a disparaging way where a neutral description is available, e.g. thug, regime, zealot, mob, henchman. Includes dehumanising collectives (horde, vermin) and insults (liar, crook). Here: the entries whose evidence fails the core rule."

[categories.violence]
layer = "loaded"
definition = "As in loaded.lex: Violence imagery: words that describe or metaphorically evoke bloodshed and brutality (brutality, bloodshed, carnage, massacre, violence), including war metaphors applied to non-military matters (war on, crusade, under siege). Plain factual terms such as attack, shooting or killed are not included. Here: the entries whose evidence fails the core rule."

[[changes]]
version = "1.0"
date = "2026-12-05"
text = "First release (issue 13): the topical nouns of loaded 1.1 and the entries of loaded 1.x whose evidence fails loaded 2.0's core rule."

%% entries
# term<TAB>category<TAB>options<TAB>note
# ---- topical: nouns that name a topic, an ideology or a kind of event ----
extremism	topical	evidence=1/4	was pejorative in loaded 1.1
bigotry	topical	evidence=5/6	was pejorative in loaded 1.1
fascism	topical	weight=0.5;evidence=4/6	see fascist; was pejorative in loaded 1.1
nativism	topical	evidence=0/0	was pejorative in loaded 1.1
propaganda	topical	evidence=11/18	was delegitimising in loaded 1.1
oppression	topical	evidence=1/1	was delegitimising in loaded 1.1
repression	topical	weight=0.5;evidence=0/1	also descriptive in human-rights reporting; was delegitimising in loaded 1.1
authoritarianism	topical	weight=0.5;evidence=0/0	was delegitimising in loaded 1.1
dictatorship	topical	inflect=noun;evidence=1/3	was delegitimising in loaded 1.1
terrorism	topical	weight=0.5;evidence=3/7	decision: the loading of "terrorism" lies in labelling political violence as illegitimate, not in imagery; also the legal term (hence 0.5). Hyphenated "counter-terrorism" is a different token and does not match; was delegitimising in loaded 1.1
terror	topical	weight=0.5;evidence=1/4	"terror group", "terror attack": same labelling function as "terrorism"; was delegitimising in loaded 1.1
conspiracy theory	topical	forms=conspiracy theories;evidence=5/13	dismissive label; sometimes accurate; was delegitimising in loaded 1.1
misinformation	topical	weight=0.5;evidence=2/11	fact-check language; also a label for an opponent's claims; was delegitimising in loaded 1.1
disinformation	topical	weight=0.5;evidence=0/2	was delegitimising in loaded 1.1
ideology	topical	forms=ideologies;weight=0.5;evidence=9/28	framing beliefs as ideology ("gender ideology"); descriptive in political science; was delegitimising in loaded 1.1
violence	topical	evidence=1/93	frequent and often descriptive ("violence erupted"); listed because choosing "violence" over e.g. "clashes" or "unrest" frames events; was violence in loaded 1.1
genocide	topical	weight=0.5;evidence=0/1	legal term; loaded when applied by the writer to a contested case; was violence in loaded 1.1
ethnic cleansing	topical	evidence=0/0	was violence in loaded 1.1
torture	topical	inflect=verb;weight=0.5;evidence=0/3	legal term in human-rights reporting; also hyperbolic; was violence in loaded 1.1

# ---- demoted from loaded.lex by the core rule (evidence below), category kept ----
regime	pejorative	inflect=noun;evidence=3/26	label for a government the writer disapproves of ("the regime" vs "the government"); also neutral in "tax regime", "sanctions regime", "regime change": expect some false positives
violent	violence	evidence=3/31	"violent protesters" is a protest-paradigm frame (McLeod & Hertog 1999)
