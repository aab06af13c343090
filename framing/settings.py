"""The settings of an analysis, in one frozen object, and the signature derived from them.

:class:`AnalyzerSettings` holds everything that changes a number: the lexicons, the
attribution lexicon, voice, readability and language. It builds the analyzer
(:class:`framing.analyzer.Analyzer`), it is passed explicitly to the engine's workers, to
``framing compare`` and to the features, and :meth:`AnalyzerSettings.signature` derives the
:class:`Signature` from it. There is no process-wide analyzer: whoever analyses holds the
settings.

Lexicons
--------
``lexicons`` lists the span lexicons by bundled name or ``.lex`` path; the list *replaces* the
defaults (``loaded`` and ``hedges``). The name ``default`` stands for the defaults, so
``["default", "mfd.lex"]`` *extends* them. Attribution is set on its own: ``attribution`` is
the bundled ``attribution`` lexicon by default, another ``.lex`` with cue and source layers, or
``None`` to switch attribution off.

Examples
--------
>>> s = AnalyzerSettings.create()
>>> str(s.signature())
'framing:0.1.0|lex:loaded@2.0+hedges@1.1+attribution@1.2|tok:rules-1|voice:on|attribution:polnear@1.0#e7e96715'
>>> [lx.name for lx in AnalyzerSettings.create(lexicons=["hedges"]).lexicons]
['hedges']
>>> AnalyzerSettings.create(attribution=None, readability=False).signature().format()
'framing:0.1.0|lex:loaded@2.0+hedges@1.1|tok:rules-1|voice:on|attribution:off|readability:off'
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple, Union

from ._version import __version__
from .analysis import Schema
from .errors import SettingsError
from .lexicon import Lexicon, load_lexicon
from .measures import CORE_LAYERS, measure_names
from .text import TOKENIZER_NAME

__all__ = ["AnalyzerSettings", "Signature", "DEFAULT_LEXICONS", "DEFAULT_ATTRIBUTION",
           "ATTRIBUTION_BACKENDS", "BUNDLED_MODEL", "LexiconSpec", "as_settings"]

#: The span lexicons used when none are given (and what the name ``default`` stands for).
DEFAULT_LEXICONS = ("loaded", "hedges")
#: The attribution lexicon used unless another one, or none, is given.
DEFAULT_ATTRIBUTION = "attribution"
#: How attribution spans are found: by the trained tagger (default) or by the rules.
ATTRIBUTION_BACKENDS = ("model", "rules")
#: The name of the tagger shipped with framing (trained on PolNeAR train).
BUNDLED_MODEL = "bundled"
#: What a lexicon can be given as: a bundled name, a path of a ``.lex`` file, or a loaded one.
LexiconSpec = Union[str, Path, Lexicon]


class Signature:
    """A signature in the manner of sacrebleu: an info dict of ``key -> value`` and
    :meth:`format`, which joins ``key:value`` pairs with ``|``.

    Examples
    --------
    >>> sig = Signature({"framing": "0.1.0", "lex": "hedges@1.1"})
    >>> sig.format(), str(sig.extended({"seed": 0}))
    ('framing:0.1.0|lex:hedges@1.1', 'framing:0.1.0|lex:hedges@1.1|seed:0')
    """

    def __init__(self, info: Mapping[str, Any]) -> None:
        self.info: Dict[str, str] = {str(k): str(v) for k, v in info.items()}

    def format(self) -> str:
        """The signature string: ``key:value`` pairs joined by ``|``, in order."""
        return "|".join(f"{k}:{v}" for k, v in self.info.items())

    def extended(self, more: Mapping[str, Any]) -> "Signature":
        """A new signature with ``more`` pairs appended."""
        info: Dict[str, Any] = dict(self.info)
        info.update(more)
        return Signature(info)

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        return f"Signature({self.format()!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Signature):
            return self.info == other.info
        if isinstance(other, str):
            return self.format() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.format())


def _load(spec: LexiconSpec) -> Lexicon:
    return spec if isinstance(spec, Lexicon) else load_lexicon(spec)


def _expand(specs: Iterable[LexiconSpec]) -> List[LexiconSpec]:
    out: List[LexiconSpec] = []
    for spec in specs:
        if isinstance(spec, str) and spec == "default":
            out.extend(DEFAULT_LEXICONS)
        else:
            out.append(spec)
    return out


@dataclass(frozen=True)
class AnalyzerSettings:
    """Everything that decides what an analysis measures (frozen, hashable, picklable).

    Build it with :meth:`create` from names and paths; the fields hold loaded lexicons.

    Attributes
    ----------
    lexicons : tuple of Lexicon
        The span lexicons (loaded language, hedges, a researcher's dictionaries), in order.
    attribution : Lexicon or None
        The attribution lexicon (categories of layers ``cue`` and ``source``), or None to
        switch attribution off.
    voice : bool
        Tell quoted words from the author's (``*_author_*``, ``*_quoted_*`` measures).
    readability : bool
        Count syllables and report the Flesch scores.
    lang : str
        Language of the readability formulas and syllable counts (a pyphen code).
    attribution_backend : str
        ``model`` (default): the spans (source, cue, content) come from a trained tagger (the
        bundled one was trained on PolNeAR) and the attribution lexicon labels them (source
        type, cue stance); ``rules``: the rule-based extractor finds and labels the
        attributions, every decision explainable (about 2.5-3x faster, far fewer attributions
        found on unseen news: see the README's figures).
    attribution_model : str
        The tagger of the ``model`` backend: ``bundled`` (framing's, trained on PolNeAR) or
        the path of a tagger file (``framing train-attribution``).
    attribution_model_id : str
        ``name@version#sha8`` of that tagger (set by :meth:`create`; in the signature).
    loaded_model : str
        The path of a context model for loaded words (``framing train-loaded``,
        :class:`framing.learn.loaded_tagger.LoadedTagger`), or "" (default): then the
        ``loaded`` layer is the lexicons' matches; else its spans are the model's.
    loaded_model_id : str
        ``name@version#sha8`` of that model (set on creation; in the signature).
    entities : tuple of framing.entities.Entity
        Named actors whose mentions, attributions and nearby loaded words are counted per
        document (``"entities"`` in the record, ``entity.<NAME>.*`` score columns; in the
        signature as ``entities:NAME,NAME#sha8``). Default: none.
    """

    lexicons: Tuple[Lexicon, ...] = ()
    attribution: Optional[Lexicon] = None
    voice: bool = True
    readability: bool = True
    lang: str = "en_US"
    attribution_backend: str = "model"
    attribution_model: str = BUNDLED_MODEL
    attribution_model_id: str = ""
    loaded_model: str = ""
    loaded_model_id: str = ""
    entities: Tuple[Any, ...] = ()

    def __hash__(self) -> int:  # computed once: workers look their analyzer up per document
        h = self.__dict__.get("_hash")
        if h is None:
            h = hash((self.lexicons, self.attribution, self.voice, self.readability, self.lang,
                      self.attribution_backend, self.attribution_model,
                      self.attribution_model_id, self.loaded_model, self.loaded_model_id,
                      self.entities))
            object.__setattr__(self, "_hash", h)
        return h

    @property
    def uses_model(self) -> bool:
        """Attribution is on and its spans come from a trained tagger."""
        return self.attribution is not None and self.attribution_backend == "model"

    def __getstate__(self) -> Dict[str, Any]:  # a string's hash differs between processes
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}

    def __post_init__(self) -> None:
        if not isinstance(self.lexicons, tuple):
            object.__setattr__(self, "lexicons", tuple(self.lexicons))
        from .entities import check_entities

        object.__setattr__(self, "entities", check_entities(self.entities))
        for lx in self.lexicons:
            if not isinstance(lx, Lexicon):
                raise SettingsError(f"lexicons must be loaded lexicons (use AnalyzerSettings.create "
                                    f"for names and paths), got {lx!r}")
            if lx.is_attribution:
                raise SettingsError(
                    f"{lx.source}: {lx.id} has attribution cues or source nouns (layers cue, "
                    "source); give it as the attribution lexicon (attribution=..., "
                    "--attribution-lexicon), not as a span lexicon")
        names = [lx.name for lx in self.lexicons]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise SettingsError(f"lexicons {twice} are given twice (lexicon names must differ: "
                                "they name the category columns)")
        if self.attribution is not None:
            if not isinstance(self.attribution, Lexicon):
                raise SettingsError(f"attribution must be a loaded lexicon or None, got "
                                    f"{self.attribution!r}")
            if not self.attribution.is_attribution:
                raise SettingsError(
                    f"{self.attribution.source}: {self.attribution.id} has no categories of "
                    "layer cue or source, so it cannot drive attribution")
        if self.attribution_backend not in ATTRIBUTION_BACKENDS:
            raise SettingsError(f"attribution_backend must be one of {ATTRIBUTION_BACKENDS}, got "
                                f"{self.attribution_backend!r}")
        if self.uses_model and not self.attribution_model_id:
            from .learn.attribution_tagger import tagger_for

            object.__setattr__(self, "attribution_model_id", tagger_for(self.attribution_model).id)
        if self.loaded_model:
            if "loaded" not in self.schema.layers:
                raise SettingsError("a loaded-word model (--loaded) needs a lexicon with the "
                                    "loaded layer (such as the default 'loaded')")
            if not self.loaded_model_id:
                from .learn.loaded_tagger import loaded_tagger_for

                object.__setattr__(self, "loaded_model_id",
                                   loaded_tagger_for(self.loaded_model).id)
        for name in ("voice", "readability"):
            if not isinstance(getattr(self, name), bool):
                raise SettingsError(f"{name} must be True or False, got {getattr(self, name)!r}")
        if self.readability:
            from .readability import check_lang

            check_lang(self.lang)
        # every measure name once: a category column must not shadow another measure
        names = measure_names(self.schema)
        seen = set()
        for n in names:
            if n in seen:
                raise SettingsError(f"two measures would be named {n!r}; rename a lexicon or a "
                                    "category so that the columns differ")
            seen.add(n)

    @classmethod
    def create(cls, lexicons: Optional[Iterable[LexiconSpec]] = None,
               attribution: Optional[LexiconSpec] = DEFAULT_ATTRIBUTION, voice: bool = True,
               readability: bool = True, lang: str = "en_US",
               attribution_backend: str = "model",
               attribution_model: Union[str, Path, None] = None,
               loaded_model: Union[str, Path, None] = None,
               entities: Optional[Iterable[Any]] = None) -> "AnalyzerSettings":
        """Settings from lexicon names, paths or lexicons.

        Parameters
        ----------
        lexicons : iterable of str, path or Lexicon, optional
            The span lexicons; replaces the defaults (:data:`DEFAULT_LEXICONS`). The name
            ``default`` stands for the defaults. A lexicon with attribution layers (``cue``,
            ``source``) in this list is taken as the attribution lexicon, as earlier versions
            of :class:`~framing.analyzer.Analyzer` took it.
        attribution : str, path, Lexicon or None
            The attribution lexicon (default: the bundled one); None switches attribution off.
        voice, readability : bool
        lang : str
        attribution_backend : {"model", "rules"}
            How attribution spans are found (see the class attributes).
        attribution_model : str or path, optional
            A tagger file for the ``model`` backend (default: the bundled one).
        loaded_model : str or path, optional
            A model file from ``framing train-loaded``: the ``loaded`` layer's spans come
            from it (categories from the lexicon where it also matches, else ``model``).
        entities : iterable of framing.entities.Entity or "NAME=REGEX" strings, optional
            Named actors to measure (see :mod:`framing.entities`).

        Raises
        ------
        framing.errors.LexiconError
            An unknown name, an unreadable or invalid file (with ``file:line``).
        framing.errors.SettingsError
            Settings that do not fit together.
        """
        if isinstance(lexicons, (str, Path, Lexicon)):
            lexicons = [lexicons]
        specs = _expand(DEFAULT_LEXICONS if lexicons is None else lexicons)
        loaded = [_load(s) for s in specs]
        span = [lx for lx in loaded if not lx.is_attribution]
        given_attr = [lx for lx in loaded if lx.is_attribution]
        if len(given_attr) > 1:
            raise SettingsError(f"more than one attribution lexicon: {[lx.id for lx in given_attr]}")
        attr: Optional[Lexicon]
        if given_attr:
            attr = given_attr[0]
        else:
            attr = None if attribution is None else _load(attribution)
        model = BUNDLED_MODEL
        if attribution_model is not None:
            model = str(Path(attribution_model).resolve()) if str(attribution_model) != \
                BUNDLED_MODEL else BUNDLED_MODEL
        return cls(lexicons=tuple(span), attribution=attr, voice=bool(voice),
                   readability=bool(readability), lang=lang,
                   attribution_backend=attribution_backend, attribution_model=model,
                   loaded_model=str(Path(loaded_model).resolve()) if loaded_model else "",
                   entities=_entities(entities))

    def replace(self, **changes: Any) -> "AnalyzerSettings":
        """A copy with some fields changed (``dataclasses.replace``)."""
        return replace(self, **changes)

    @property
    def all_lexicons(self) -> Tuple[Lexicon, ...]:
        """The span lexicons, then the attribution lexicon (the signature's order)."""
        return self.lexicons + ((self.attribution,) if self.attribution is not None else ())

    @property
    def schema(self) -> Schema:
        """What an analyzer with these settings measures (:class:`~framing.analysis.Schema`)."""
        layers: List[str] = []
        categories: List[Tuple[str, str, str]] = []
        for lx in self.lexicons:
            for category, layer in lx.span_categories():
                if layer not in layers:
                    layers.append(layer)
                categories.append((lx.name, category, layer))
        ordered = [la for la in CORE_LAYERS if la in layers] + [la for la in layers
                                                                 if la not in CORE_LAYERS]
        return Schema(layers=tuple(ordered), categories=tuple(categories),
                      attribution=self.attribution is not None, readability=self.readability,
                      voice=self.voice, lang=self.lang,
                      entities=tuple(e.name for e in self.entities))

    def signature(self) -> Signature:
        """The analyzer signature: framing's version, every lexicon, tokenizer and switches.

        Lexicons are named ``name@version``; one that is not the bundled file of its name
        also carries the first 8 hex digits of its sha256 (``mfd2_0@1.0#1a2b3c4d``).
        """
        info: Dict[str, Any] = {
            "framing": __version__,
            "lex": "+".join(lx.signature_id for lx in self.all_lexicons) or "none",
            "tok": TOKENIZER_NAME,
            "voice": "on" if self.voice else "off",
        }
        if self.attribution is None:
            info["attribution"] = "off"
        elif self.uses_model:
            info["attribution"] = self.attribution_model_id
        else:
            info["attribution"] = "rules"
        if self.loaded_model:
            info["loaded"] = self.loaded_model_id
        if self.entities:
            from .entities import entities_id

            info["entities"] = entities_id(self.entities)
        if not self.readability:
            info["readability"] = "off"
        if self.readability and self.lang != "en_US":
            info["lang"] = self.lang
        return Signature(info)

    def to_dict(self) -> Dict[str, Any]:
        """The settings as plain values, for manifests and reports: every lexicon with its id,
        sha256 and source."""
        def lex(lx: Lexicon) -> Dict[str, str]:
            return {"id": lx.id, "sha256": lx.sha256, "source": lx.source}

        out: Dict[str, Any] = {
            "lexicons": [lex(lx) for lx in self.lexicons],
            "attribution": lex(self.attribution) if self.attribution is not None else None,
            "attribution_backend": (None if self.attribution is None
                                    else self.attribution_backend),
            "attribution_model": ({"id": self.attribution_model_id,
                                   "source": self.attribution_model} if self.uses_model else None),
            "voice": self.voice,
            "readability": self.readability,
            "lang": self.lang,
            "signature": self.signature().format(),
        }
        if self.loaded_model:  # only then: the manifests of other runs stay as they were
            out["loaded_model"] = {"id": self.loaded_model_id, "source": self.loaded_model}
            out["signature"] = out.pop("signature")
        if self.entities:
            out["entities"] = [e.spec() for e in self.entities]
            out["signature"] = out.pop("signature")
        return out


def _entities(entities: Optional[Iterable[Any]]) -> Tuple[Any, ...]:
    """Entities from Entity objects or ``NAME=REGEX`` strings."""
    from .entities import Entity, check_entities, parse_entity

    if entities is None:
        return ()
    if isinstance(entities, (str, Entity)):
        entities = [entities]
    return check_entities(e if isinstance(e, Entity) else parse_entity(e) for e in entities)


def as_settings(settings: Optional[AnalyzerSettings] = None, **options: Any) -> AnalyzerSettings:
    """``settings``, or settings created from ``options`` (:meth:`AnalyzerSettings.create`).

    Raises
    ------
    framing.errors.SettingsError
        When both are given.
    """
    if settings is not None:
        if options:
            raise SettingsError(f"give either settings= or {sorted(options)}, not both")
        if not isinstance(settings, AnalyzerSettings):
            raise SettingsError(f"settings must be an AnalyzerSettings, got {type(settings).__name__}")
        return settings
    return AnalyzerSettings.create(**options)
