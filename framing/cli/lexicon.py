"""The ``framing lexicon`` subcommand: ``list``, ``show``, ``validate``, ``import``, ``export``
and ``suggest``.

Library errors (``LexiconError`` with ``file:line``) become one-line CLI errors.
"""
from __future__ import annotations

import argparse
import sys
import warnings
from importlib import resources
from pathlib import Path
from typing import Any, Dict, List

from .common import EXIT_OK, ArgumentParser, InputFailure, UsageError, command

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
        "import", help="convert a LIWC .dic, WordStat .cat or word list to .lex",
        description="Convert a LIWC-style .dic, a WordStat .cat or a plain word list into the "
        "framing .lex format, for curation and use with framing analyze.")
    p.add_argument("source", metavar="SRC")
    p.add_argument("-o", "--output", required=True, metavar="OUT.lex")
    p.add_argument("--format", choices=["dic", "cat", "wordlist", "lex"],
                   help="input format (default: from the suffix)")
    p.add_argument("--name", help="lexicon name (default: from the file name)")
    p.add_argument("--layer", help="output layer of the spans (default: the category names)")
    p.add_argument("--category", help="category of a word list's terms")
    p.add_argument("--inflect", choices=["verb", "noun", "adj"],
                   help="also match regular inflections of a word list's terms")
    p.add_argument("--encoding", default="utf-8")
    p = sub.add_parser(
        "export", help="write a lexicon as .lex, LIWC .dic, WordStat .cat or a word list",
        description="Write a bundled or .lex lexicon in another format. Options the target "
        "format cannot express (negation, contexts) are reported.")
    p.add_argument("lexicon", metavar="NAME_OR_PATH")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.add_argument("--format", choices=["lex", "dic", "cat", "wordlist"],
                   help="output format (default: from the suffix of OUT)")
    p.add_argument("--category", help="for a word list: only this category")
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


def _lexicon_text(name_or_path: str) -> "tuple[str, str]":
    from ..lexicon import LexiconError, bundled_lexicons

    if name_or_path in bundled_lexicons():
        res = resources.files("framing.lexicons").joinpath(f"{name_or_path}.lex")
        return res.read_text("utf-8"), f"lexicons/{name_or_path}.lex"
    path = Path(name_or_path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LexiconError(f"{name_or_path}: cannot read lexicon ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8"), name_or_path
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{name_or_path}: invalid UTF-8 at byte {exc.start}") from None


def _write(path: str, text: str) -> None:
    from ..corpus import atomic_write_text

    atomic_write_text(path, text)


def run(args: argparse.Namespace, out: Any = None) -> int:
    """Run one action; returns the exit code."""
    out = out or sys.stdout
    if args.action == "validate":
        from ..lexicon import validate_lexicon

        errors = 0
        for item in args.lexicons:
            text, source = _lexicon_text(item)
            issues = validate_lexicon(text, source)
            for issue in issues:
                print(str(issue), file=out)
            errors += sum(1 for i in issues if i.level == "error")
            if not issues:
                print(f"{source}: ok", file=out)
        return 1 if errors else 0
    if args.action == "import":
        from ..lexicon.convert import import_lexicon, to_lex

        kwargs = {k: getattr(args, k) for k in ("name", "layer", "category", "inflect")
                  if getattr(args, k) is not None}
        if args.encoding != "utf-8":
            kwargs["encoding"] = args.encoding
        lex = import_lexicon(args.source, format=args.format, **kwargs)
        _write(args.output, to_lex(lex))
        notes: List[str] = list(lex.meta.get("import", {}).get("notes", []))
        for note in notes:
            print(f"framing: note: {note}", file=sys.stderr)
        print(f"framing: wrote {lex.id} ({len(lex.entries)} entries) to {args.output}",
              file=sys.stderr)
        return 0
    if args.action == "export":
        from ..lexicon import load_lexicon
        from ..lexicon.convert import export_lexicon, guess_format

        lex = load_lexicon(args.lexicon)
        fmt = args.format or guess_format(args.output)
        kwargs = {}
        if fmt != "lex":
            kwargs["on_loss"] = "warn"
        if fmt == "wordlist" and args.category:
            kwargs["category"] = args.category
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            text = export_lexicon(lex, fmt, **kwargs)
        for w in caught:
            print(f"framing: warning: {' '.join(str(w.message).split())}", file=sys.stderr)
        _write(args.output, text)
        print(f"framing: wrote {lex.id} as {fmt} to {args.output}", file=sys.stderr)
        return 0
    if args.action == "suggest":
        from ..corpus import iter_documents
        from ..lexicon import load_lexicon
        from ..lexicon.suggest import suggest_from_documents

        docs = iter_documents(args.inputs, text_column=args.text_column,
                              id_column=args.id_column)
        table = suggest_from_documents(
            docs, label_column=args.label_column, words_column=args.words_column,
            positive=args.positive,
            lexicon=load_lexicon(args.lexicon) if args.lexicon else None,
            ngram_range=(1, args.ngram_max), min_count=args.min_count, top=args.top,
            exclude_covered=args.exclude_covered)
        from ..corpus import atomic_write_text

        atomic_write_text(args.output, table.to_csv(index=False))
        print(f"framing: wrote {len(table)} candidates to {args.output} (for a curator; "
              "no lexicon was changed)", file=sys.stderr)
        return 0
    raise ValueError(f"unknown lexicon action {args.action!r}; valid options are {list(ACTIONS)}")


# --------------------------------------------------------------------------------------------
# lexicon


def _configure_lexicon(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=ArgumentParser)
    sub.add_parser("list", help="list the bundled lexicons: name@version, entries, sha256",
                   description="List the bundled lexicons with their version, number of "
                   "entries and the sha256 of their file.")
    show = sub.add_parser("show", help="show a lexicon's metadata and categories",
                          description="Show the metadata and categories of a bundled lexicon "
                          "(by name) or of a .lex file (by path).")
    show.add_argument("name", metavar="NAME", help="bundled lexicon name, or path of a .lex file")
    configure(sub)


def _load_lexicon(name: str) -> Any:
    from ..lexicon import load_lexicon

    return load_lexicon(name)  # a LexiconError is reported by main


@command("lexicon", "list, show, validate, import, export lexicons; suggest entries",
         _configure_lexicon)
def _run_lexicon(args: argparse.Namespace) -> int:
    if args.action is None:
        raise UsageError("lexicon: choose an action: list, show, validate, import, export or "
                          "suggest (see 'framing lexicon --help')")
    if args.action in ACTIONS:
        return run(args)  # LexiconError, InputError: reported by main
    if args.action == "list":
        from ..lexicon import bundled_lexicons

        rows = [("LEXICON", "ENTRIES", "SHA256")]
        for name in bundled_lexicons():
            lex = _load_lexicon(name)
            rows.append((f"{lex.name}@{lex.version}", str(len(lex.entries)), lex.sha256))
        width = [max(len(r[i]) for r in rows) for i in range(2)]
        for r in rows:
            print(f"{r[0]:<{width[0]}}  {r[1]:>{width[1]}}  {r[2]}")
        return EXIT_OK
    lex = _load_lexicon(args.name)
    print("\n".join(_describe_lexicon(lex)))
    return EXIT_OK


def _describe_lexicon(lex: Any) -> List[str]:
    info = lex.meta.get("lexicon", {}) if isinstance(lex.meta, dict) else {}
    lines = [f"name:        {lex.name}", f"version:     {lex.version}"]
    for key in ("description", "license"):
        if info.get(key):
            lines.append(f"{key + ':':<12} {' '.join(str(info[key]).split())}")
    authors = info.get("authors")
    if authors:
        lines.append(f"authors:     {', '.join(authors) if isinstance(authors, list) else authors}")
    lines += [
        f"source:      {getattr(lex, 'source', '')}",
        f"sha256:      {lex.sha256}",
        f"entries:     {len(lex.entries)}",
    ]
    citations = lex.meta.get("citations") if isinstance(lex.meta, dict) else None
    if citations:
        lines.append("citations:")
        for c in citations:
            lines.append(f"  [{c.get('key', '?')}] {' '.join(str(c.get('text', '')).split())}")
    counts: Dict[str, int] = {}
    for entry in lex.entries:
        counts[entry.category] = counts.get(entry.category, 0) + 1
    lines.append("categories:")
    for name, definition in lex.categories.items():
        layer = definition.get("layer", "") if isinstance(definition, dict) else ""
        text = definition.get("definition", "") if isinstance(definition, dict) else str(definition)
        lines.append(f"  {name} (layer {layer}, {counts.get(name, 0)} entries): {' '.join(text.split())}")
    return lines


