"""The ``framing lexicon`` subcommand: ``list``, ``show``, ``validate``, ``import``, ``export``
and ``suggest``.

Library errors (``LexiconError`` with ``file:line``) become one-line CLI errors.
"""
from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any, List, Tuple

from ..corpus import atomic_write_text
from .common import EXIT_OK, ArgumentParser, UsageError, command

__all__ = ["ACTIONS", "COMMAND_NAMES", "configure", "run"]

COMMAND_NAMES = ("lexicon",)

ACTIONS = ("validate", "import", "export", "suggest")


def configure(sub: Any) -> None:
    """Add the actions to the ``lexicon`` command's sub-parsers."""
    p = sub.add_parser(
        "validate", help="check .lex files: schema, duplicates, conflicting categories",
        description="Check lexicons (bundled names or .lex paths): schema, duplicate terms, "
        "terms in conflicting categories, missing metadata. Prints file:line: level: message "
        "for every finding; exits 1 if any is an error.")
    p.add_argument("lexicons", nargs="+", metavar="NAME_OR_PATH")
    p = sub.add_parser(
        "import", help="convert a LIWC .dic, WordStat .cat, Lexicoder dictionary or word "
        "list(s) to .lex",
        description="Convert a dictionary into a framing .lex file, for use with framing "
        "analyze/score/compare --lexicon OUT.lex (and for curation). Reads LIWC-style .dic "
        "(a term under several categories becomes one entry counted once in each), WordStat "
        ".cat (a top-level group becomes the layer of the categories inside it), Lexicoder "
        ".lc3/.lcd ('+category' lines), and plain word lists; several word lists are imported "
        "as one lexicon with one category per file (LSD2015_negative.txt "
        "LSD2015_positive.txt ... --name lsd2015). A .dic or .cat exported by framing is "
        "read back with its sidecar (FILE.framing.toml): the same lexicon, version, layers "
        "and entry options, with any edits made to the file.",
        epilog="example: framing lexicon import mfd2.0.dic -o mfd.lex && "
        "framing score corpus.jsonl --lexicon mfd.lex -o scores.csv")
    p.add_argument("sources", nargs="+", metavar="SRC",
                   help="a dictionary file, or several plain word lists")
    p.add_argument("-o", "--output", required=True, metavar="OUT.lex")
    p.add_argument("--format", choices=["dic", "cat", "lexicoder", "wordlist", "lex"],
                   help="input format (default: from the suffix: .dic, .cat, .lc3/.lcd, "
                   ".txt/.lst/.list, .lex)")
    p.add_argument("--name", help="lexicon name (default: from the file name; for several "
                   "word lists, the prefix their names share)")
    p.add_argument("--layer", help="layer of every category (default: the lexicon name; in a "
                   "nested .cat, each top-level group)")
    p.add_argument("--category", help="category of a single word list's terms (default: the "
                   "lexicon name)")
    p.add_argument("--inflect", choices=["verb", "noun", "adj"],
                   help="also match regular inflections of a word list's terms")
    p.add_argument("--on-invalid", choices=["fail", "skip"], default="fail",
                   help="an entry that cannot be imported (a '*' inside a term, a wildcard "
                   "stem too short, an undefined category id): stop with its file:line "
                   "(fail, the default), or leave it out, list it on stderr and write the rest "
                   "(skip)")
    p.add_argument("--no-sidecar", action="store_true",
                   help="ignore the FILE.framing.toml written by framing lexicon export")
    p.add_argument("--encoding", default="utf-8")
    p = sub.add_parser(
        "export", help="write a lexicon as .lex, LIWC .dic, WordStat .cat, Lexicoder or a "
        "word list",
        description="Write a bundled or .lex lexicon in another format. A .dic or .cat gets a "
        "sidecar next to it (OUT.framing.toml) with what the format cannot carry (version, "
        "layers, entry options such as neg=drop, notes), so that framing lexicon import OUT "
        "gives the same lexicon back; LIWC, quanteda and WordStat ignore the sidecar. One "
        "warning says, with counts, what those tools will not see.")
    p.add_argument("lexicon", metavar="NAME_OR_PATH")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.add_argument("--format", choices=["lex", "dic", "cat", "lexicoder", "wordlist"],
                   help="output format (default: from the suffix of OUT)")
    p.add_argument("--category", help="for a word list: only this category")
    p.add_argument("--no-sidecar", action="store_true",
                   help="write the .dic or .cat alone (import then cannot restore the lexicon)")
    p = sub.add_parser(
        "suggest", help="rank candidate entries from labelled data (never edits a lexicon)",
        description="Rank candidate lexicon entries by log-odds with an informative Dirichlet "
        "prior (Monroe, Colaresi & Quinn 2008) of annotated text against the rest, for a "
        "human curator. Writes a CSV; never adds anything to a lexicon.")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("-o", "--output", required=True, metavar="OUT.csv")
    p.add_argument("--text-column", default="text")
    p.add_argument("--id-column", default="id")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--label-column", help="column whose value marks annotated documents")
    group.add_argument("--words-column", help="column listing the annotated words")
    p.add_argument("--positive", default="1", help="label value of annotated documents")
    p.add_argument("--lexicon", help="mark (or with --exclude-covered drop) covered terms")
    p.add_argument("--exclude-covered", action="store_true")
    p.add_argument("--ngram-max", type=int, default=2)
    p.add_argument("--min-count", type=int, default=3)
    p.add_argument("--top", type=int, default=50)


def _lexicon_text(name_or_path: str) -> Tuple[str, str]:
    from ..lexicon import LexiconError, bundled_lexicons

    if name_or_path in bundled_lexicons():
        res = resources.files("framing.lexicons").joinpath(f"{name_or_path}.lex")
        return res.read_text("utf-8"), f"lexicons/{name_or_path}.lex"
    try:
        data = Path(name_or_path).read_bytes()
    except OSError as exc:
        raise LexiconError(f"{name_or_path}: cannot read lexicon ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8"), name_or_path
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{name_or_path}: invalid UTF-8 at byte {exc.start}") from None


def run(args: argparse.Namespace) -> int:
    """Run one action of ``framing lexicon``; returns the exit code."""
    from ..lexicon import bundled_lexicons, load_lexicon

    if args.action == "list":
        rows = [("LEXICON", "ENTRIES", "SHA256")]
        rows += [(lex.id, str(len(lex.entries)), lex.sha256)
                 for lex in map(load_lexicon, bundled_lexicons())]
        width = [max(len(r[i]) for r in rows) for i in range(2)]
        for r in rows:
            print(f"{r[0]:<{width[0]}}  {r[1]:>{width[1]}}  {r[2]}")
        return EXIT_OK
    if args.action == "show":
        lex = load_lexicon(args.name)
        lines = _describe_lexicon(lex)
        if args.entries or any(e.evidence is not None for e in lex.entries):
            lines += _describe_entries(lex)
        print("\n".join(lines))
        return EXIT_OK
    if args.action == "validate":
        from ..lexicon import validate_lexicon

        errors = 0
        for item in args.lexicons:
            text, source = _lexicon_text(item)
            issues = validate_lexicon(text, source)
            for issue in issues:
                print(str(issue))
            errors += sum(1 for i in issues if i.level == "error")
            if not issues:
                print(f"{source}: ok")
        return 1 if errors else 0
    if args.action == "import":
        from ..lexicon.convert import import_lexicon

        sources = args.sources[0] if len(args.sources) == 1 else args.sources
        lex = import_lexicon(sources, format=args.format, name=args.name, layer=args.layer,
                             category=args.category, inflect=args.inflect,  # None: not given
                             encoding=None if args.encoding == "utf-8" else args.encoding,
                             on_invalid=None if args.on_invalid == "fail" else args.on_invalid,
                             sidecar=False if args.no_sidecar else None)
        report = lex.meta.get("import") or {}
        atomic_write_text(args.output, lex.text)
        for item in report.get("skipped", []):
            print(f"framing: warning: {item} (skipped)", file=sys.stderr)
        for note in report.get("notes", []):
            print(f"framing: note: {' '.join(str(note).split())}", file=sys.stderr)
        skipped = len(report.get("skipped", []))
        multi = sum(1 for e in lex.entries if len(e.categories) > 1)
        print(f"framing: wrote {lex.id} ({len(lex.entries)} entries"
              f"{f', {multi} in several categories' if multi else ''}, "
              f"{len(lex.categories)} categories{f', {skipped} lines skipped' if skipped else ''})"
              f" to {args.output}; use it with --lexicon {args.output}", file=sys.stderr)
        return 0
    if args.action == "export":
        from ..lexicon.convert import guess_format, write_lexicon

        lex = load_lexicon(args.lexicon)
        fmt = guess_format(args.output, args.format)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = write_lexicon(lex, args.output, format=fmt,
                                   sidecar=False if args.no_sidecar else None,
                                   category=args.category)
        for w in caught:
            print(f"framing: warning: {' '.join(str(w.message).split())}", file=sys.stderr)
        also = f" (and {result.sidecar})" if result.sidecar else ""
        print(f"framing: wrote {lex.id} as {fmt} to {args.output}{also}", file=sys.stderr)
        return 0
    if args.action == "suggest":
        from ..corpus import iter_documents
        from ..lexicon.suggest import suggest_from_documents

        docs = iter_documents(args.inputs, text_column=args.text_column,
                              id_column=args.id_column)
        table = suggest_from_documents(
            docs, label_column=args.label_column, words_column=args.words_column,
            positive=args.positive,
            lexicon=load_lexicon(args.lexicon) if args.lexicon else None,
            ngram_range=(1, args.ngram_max), min_count=args.min_count, top=args.top,
            exclude_covered=args.exclude_covered)
        atomic_write_text(args.output, table.to_csv(index=False))
        print(f"framing: wrote {len(table)} candidates to {args.output} (for a curator; "
              "no lexicon was changed)", file=sys.stderr)
        return 0
    raise ValueError(f"unknown lexicon action {args.action!r}; valid options are "
                     f"{['list', 'show', *ACTIONS]}")


def _configure_lexicon(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=ArgumentParser)
    sub.add_parser("list", help="list the bundled lexicons: name@version, entries, sha256",
                   description="List the bundled lexicons with their version, number of "
                   "entries and the sha256 of their file.")
    show = sub.add_parser("show", help="show a lexicon's metadata, categories and entry evidence",
                          description="Show the metadata and categories of a bundled lexicon "
                          "(by name) or of a .lex file (by path); with the entries and, where "
                          "the lexicon records it (evidence=), each entry's precision on "
                          "annotated data and the number of matches it was measured on.")
    show.add_argument("name", metavar="NAME", help="bundled lexicon name, or path of a .lex file")
    show.add_argument("--entries", action="store_true",
                      help="list every entry (always done for a lexicon with evidence= options: "
                      "then with its precision and evidence count)")
    configure(sub)


@command("lexicon", "list, show, validate, import, export lexicons; suggest entries",
         _configure_lexicon)
def _run_lexicon(args: argparse.Namespace) -> int:
    if args.action is None:
        raise UsageError("lexicon: choose an action: list, show, validate, import, export or "
                         "suggest (see 'framing lexicon --help')")
    return run(args)  # LexiconError, InputError: reported by main


def _describe_lexicon(lex: Any) -> List[str]:
    info = lex.meta.get("lexicon", {})
    lines = [f"name:        {lex.name}", f"version:     {lex.version}"]
    for key in ("description", "license"):
        if info.get(key):
            lines.append(f"{key + ':':<12} {' '.join(str(info[key]).split())}")
    authors = info.get("authors")
    if authors:
        lines.append(f"authors:     {', '.join(authors) if isinstance(authors, list) else authors}")
    lines += [f"source:      {lex.source}", f"sha256:      {lex.sha256}",
              f"entries:     {len(lex.entries)}"]
    if lex.meta.get("citations"):
        lines.append("citations:")
        lines += [f"  [{c.get('key', '?')}] {' '.join(str(c.get('text', '')).split())}"
                  for c in lex.meta["citations"]]
    # an entry counts in each of its categories, and once in each of its layers
    counts = Counter(c for e in lex.entries for c in e.categories)
    layer_counts = Counter(layer for e in lex.entries for layer in dict.fromkeys(e.layers))
    multi = sum(1 for e in lex.entries if len(e.categories) > 1)
    if multi:
        lines.append(f"multi:       {multi} entries in several categories (counted in each)")
    lines.append("layers:")
    for layer, n in layer_counts.items():
        cats = [c for c, d in lex.categories.items() if d.get("layer") == layer]
        lines.append(f"  {layer} ({n} entries): {', '.join(cats)}")
    lines.append("categories:")
    lines += [f"  {name} (layer {d['layer']}, {counts[name]} entries): "
              f"{' '.join(d['definition'].split())}" for name, d in lex.categories.items()]
    return lines


def _describe_entries(lex: Any) -> List[str]:
    """One line per entry: term, categories and, with ``evidence=``, precision and counts."""
    lines = []
    ev = lex.meta.get("evidence")
    if isinstance(ev, dict) and ev.get("data"):
        lines.append(f"evidence:    {' '.join(str(ev['data']).split())}")
        if ev.get("command"):
            lines.append(f"             measured by: {ev['command']}")
        rule = [f"{k} = {v}" for k, v in ev.items()
                if k not in ("data", "command") and isinstance(v, (int, float, str))]
        if rule:
            lines.append(f"             {', '.join(rule)}")
    has_evidence = any(e.evidence is not None for e in lex.entries)
    lines.append("entry list:" + (" precision = annotated hits / hits (hits: matches in the "
                               "annotated data; '-' where there were none)" if has_evidence
                               else ""))
    width = min(max((len(e.term) for e in lex.entries), default=4), 32)
    cat_width = min(max((len(",".join(e.categories)) for e in lex.entries), default=8), 28)
    header = f"  {'TERM':<{width}}  {'CATEGORY':<{cat_width}}"
    if has_evidence:
        header += f"  {'PRECISION':>9}  {'ANNOTATED/HITS':>14}"
    lines.append(header.rstrip())
    for e in lex.entries:
        line = f"  {e.term:<{width}}  {','.join(e.categories):<{cat_width}}"
        if has_evidence:
            if e.evidence is None:
                line += f"  {'':>9}  {'':>14}"
            else:
                p = e.precision
                line += f"  {'-' if p is None else f'{p:.2f}':>9}  " \
                        f"{f'{e.evidence[0]}/{e.evidence[1]}':>14}"
        lines.append(line.rstrip())
    return lines
