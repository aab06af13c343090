"""Tests for framing.corpus: every input format, every error case, the writers."""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
import sys
import warnings

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from framing.corpus import (
    CsvWriter,
    Document,
    FramingInputError,
    FramingInputWarning,
    JsonlWriter,
    RecordError,
    count_documents,
    csv_cells,
    detect_format,
    fingerprint_inputs,
    iter_documents,
    to_json_line,
    write_csv,
    write_jsonl,
)


@pytest.fixture
def here(tmp_path, monkeypatch):
    """Work in a temporary folder, so that messages show the short names a user typed."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path, content):
    path = os.fspath(path)
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    mode = "wb" if isinstance(content, bytes) else "w"
    kwargs = {} if isinstance(content, bytes) else {"encoding": "utf-8", "newline": ""}
    with open(path, mode, **kwargs) as f:
        f.write(content)
    return path


def read(inputs, **kwargs):
    return list(iter_documents(inputs, **kwargs))


def skip(inputs, **kwargs):
    errors = []
    docs = list(iter_documents(inputs, on_error="skip", errors=errors, **kwargs))
    return docs, errors


def one_line_error(inputs, **kwargs):
    with pytest.raises(FramingInputError) as info:
        read(inputs, **kwargs)
    message = str(info.value)
    assert "\n" not in message
    return message


# ------------------------------------------------------------------------------------ .txt


def test_txt_file_id_is_file_name_and_text_exact(here):
    write("seed.txt", "Critics said\r\nthe plan “failed”.\n")
    [doc] = read("seed.txt")
    assert doc == Document("seed", "Critics said\r\nthe plan “failed”.\n", {}, "seed.txt", None)


def test_txt_byte_order_mark_is_dropped(here):
    write("bom.txt", b"\xef\xbb\xbfHello there.")
    assert read("bom.txt")[0].text == "Hello there."


def test_txt_folder_recursive_sorted_hidden_skipped(here):
    write("corpus/b.txt", "B text.")
    write("corpus/a.txt", "A text.")
    write("corpus/sub/c.txt", "C text.")
    write("corpus/notes.md", "not a document")
    write("corpus/.hidden.txt", "hidden")
    write("corpus/.git/x.txt", "hidden too")
    docs = read("corpus")
    assert [d.id for d in docs] == ["a", "b", "sub/c"]
    assert [d.text for d in docs] == ["A text.", "B text.", "C text."]
    assert docs[2].origin == os.path.join("corpus", "sub", "c.txt")


def test_txt_gzip(here):
    with gzip.open("story.txt.gz", "wb") as f:
        f.write("Zeitung berichtet.".encode())
    [doc] = read("story.txt.gz")
    assert (doc.id, doc.text) == ("story", "Zeitung berichtet.")


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", b"", "empty.txt: file is empty"),
        ("blank.txt", b"  \n\t\n", "blank.txt: file contains only whitespace"),
        (
            "bad.txt",
            b"Caf\xc3\xa9 ok, then bad: \xff here",
            "bad.txt: invalid UTF-8 at byte 20 (use --encoding-errors replace)",
        ),
        ("bin.txt", b"GIF89a\x00\x01\x02", "bin.txt: binary file (NUL byte at byte 6); expected UTF-8 text"),
        (
            "utf16.txt",
            "Hello".encode("utf-16"),
            "utf16.txt: binary file (NUL byte at byte 3); it looks like UTF-16: convert it to UTF-8",
        ),
    ],
)
def test_txt_errors_fail_and_skip(here, name, content, message):
    write(name, content)
    assert one_line_error(name) == message
    docs, errors = skip(name)
    assert docs == []
    assert [str(e) for e in errors] == [message]
    assert errors[0].line is None


def test_txt_invalid_utf8_replaced_on_request(here):
    write("bad.txt", b"ab\xffcd")
    with pytest.warns(FramingInputWarning, match=r"^bad.txt: invalid UTF-8 at byte 2 replaced by U\+FFFD$"):
        assert read("bad.txt", encoding_errors="replace")[0].text == "ab\ufffdcd"


def test_txt_bad_file_in_folder_is_skipped_and_others_read(here):
    write("c/1.txt", "One.")
    write("c/2.txt", b"\xff\xfe\xfd")
    write("c/3.txt", "Three.")
    docs, errors = skip("c")
    assert [d.id for d in docs] == ["1", "3"]
    assert [(e.file, e.line) for e in errors] == [(os.path.join("c", "2.txt"), None)]


def test_missing_file(here):
    assert one_line_error("missing.txt") == "missing.txt: no such file or directory"
    with pytest.raises(FramingInputError, match="no such file"):  # also under skip
        skip("missing.txt")


def test_empty_folder(here):
    os.mkdir("nothing")
    write("nothing/readme.md", "x")
    assert one_line_error("nothing") == "nothing: folder has no .txt files"


# ------------------------------------------------------------------------------- CSV / TSV


def test_csv_columns_meta_and_line_numbers(here):
    write(
        "data.csv",
        'id,text,outlet\n'
        'a1,"Officials said ""no"".",Daily\n'
        'a2,"Two\nlines, quoted",Herald\n'
        '\n'
        'a3,Plain,Times\n',
    )
    docs = read("data.csv")
    assert [(d.id, d.text, d.meta, d.line) for d in docs] == [
        ("a1", 'Officials said "no".', {"outlet": "Daily"}, 2),
        ("a2", "Two\nlines, quoted", {"outlet": "Herald"}, 3),
        ("a3", "Plain", {"outlet": "Times"}, 6),
    ]
    assert all(d.origin == "data.csv" for d in docs)


def test_csv_without_id_column_uses_row_numbers(here):
    write("data.csv", "text,outlet\nFirst.,X\nSecond.,Y\n")
    assert [(d.id, d.meta) for d in read("data.csv")] == [("1", {"outlet": "X"}), ("2", {"outlet": "Y"})]


def test_csv_custom_columns(here):
    write("data.csv", "doc,body,outlet\nd1,Body one.,X\n")
    [doc] = read("data.csv", text_column="body", id_column="doc")
    assert (doc.id, doc.text, doc.meta) == ("d1", "Body one.", {"outlet": "X"})


def test_csv_missing_explicit_id_column(here):
    write("data.csv", "text\nHello.\n")
    assert one_line_error("data.csv", id_column="doc") == "data.csv: no column 'doc'; columns present: text"


def test_csv_missing_text_column_always_raises(here):
    write("data.csv", "id,body,outlet\n1,Text,X\n")
    expected = "data.csv: no column 'text'; columns present: id, body, outlet"
    assert one_line_error("data.csv") == expected
    with pytest.raises(FramingInputError) as info:
        skip("data.csv")
    assert str(info.value) == expected


def test_csv_semicolon_delimiter_is_detected(here):
    write("babe.csv", 'text;outlet;label\n"A; quoted, text";Fox;Biased\n')
    [doc] = read("babe.csv")
    assert (doc.text, doc.meta) == ("A; quoted, text", {"outlet": "Fox", "label": "Biased"})


def test_csv_single_column_hint(here):
    write("data.csv", "body\nText.\n")
    assert "a single column" in one_line_error("data.csv")


def test_csv_explicit_delimiter(here):
    write("data.csv", "id|text\n1|a, b; c\n")
    assert read("data.csv", delimiter="|")[0].text == "a, b; c"


def test_tsv(here):
    write("frames.tsv", 'ID\tsource\ttext\n0\tredstate\t"Say ""hi""\tthere"\n1\tcnn\tplain text\n')
    docs = read("frames.tsv", id_column="ID")
    assert [(d.id, d.text, d.meta) for d in docs] == [
        ("0", 'Say "hi"\tthere', {"source": "redstate"}),
        ("1", "plain text", {"source": "cnn"}),
    ]


def test_csv_huge_field(here):
    big = "word " * 60_000  # 300,000 characters, above csv's default field limit of 131,072
    write("big.csv", f"id,text\n1,{big}\n")
    assert len(read("big.csv")[0].text) == len(big)


def test_csv_gzip(here):
    with gzip.open("data.csv.gz", "wt", encoding="utf-8", newline="") as f:
        f.write("id,text\nz,Zipped text.\n")
    assert read("data.csv.gz")[0].text == "Zipped text."


CSV_WITH_BAD_ROWS = (
    b"id,text,outlet\n"  # 1
    b"ok1,Fine.,X\n"  # 2
    b"short,only two\n"  # 3: too few fields
    b"empty,,X\n"  # 4: empty text
    b"bad,Caf\xe9,X\n"  # 5: Latin-1, not UTF-8 (byte 58)
    b'q,"a"b,X\n'  # 6: malformed quoting
    b",No id.,X\n"  # 7: empty id
    b"ok2,Also fine.,Y\n"  # 8
)


def test_csv_bad_rows_skipped_with_file_line_field(here):
    write("data.csv", CSV_WITH_BAD_ROWS)
    docs, errors = skip("data.csv")
    assert [d.id for d in docs] == ["ok1", "ok2"]
    assert [(e.file, e.line, e.field) for e in errors] == [
        ("data.csv", 3, None),
        ("data.csv", 4, "text"),
        ("data.csv", 5, None),
        ("data.csv", 6, None),
        ("data.csv", 7, "id"),
    ]
    assert [e.message for e in errors] == [
        "2 fields, but the header has 3",
        "field 'text' is empty",
        "invalid UTF-8 at byte 58 (use --encoding-errors replace)",
        "malformed CSV (',' expected after '\"')",
        "field 'id' is empty",
    ]


def test_csv_first_bad_row_fails(here):
    write("data.csv", CSV_WITH_BAD_ROWS)
    assert one_line_error("data.csv") == "data.csv:3: 2 fields, but the header has 3"


def test_csv_encoding_errors_replace(here):
    write("data.csv", b"id,text\n1,Caf\xe9\n")
    with pytest.warns(FramingInputWarning, match=r"^data.csv:2: invalid UTF-8 at byte 13 replaced by U\+FFFD$"):
        assert read("data.csv", encoding_errors="replace")[0].text == "Caf\ufffd"


def test_csv_unterminated_quote(here):
    write("data.csv", 'id,text\n1,ok\n2,"never closed\n3,lost\n')
    docs, errors = skip("data.csv")
    assert [d.id for d in docs] == ["1"]
    assert [str(e) for e in errors] == ["data.csv:3: malformed CSV (unexpected end of data)"]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "data.csv: file is empty"),
        (b"\nid,text\n", "data.csv: first line (the header) is blank"),
        (b"id,text,id\n1,a,2\n", "data.csv:1: duplicate column names in the header: id"),
        (b"PK\x03\x04\x00\x00binary", "data.csv: binary file (NUL byte at byte 4); expected UTF-8 text"),
        (b"id,t\xffext\n", "data.csv:1: header: invalid UTF-8 at byte 4 (use --encoding-errors replace)"),
    ],
)
def test_csv_whole_file_errors(here, content, message):
    write("data.csv", content)
    assert one_line_error("data.csv") == message
    with pytest.raises(FramingInputError):
        skip("data.csv")


def test_csv_nul_byte_in_a_later_row(here):
    write("data.csv", b"id,text\n1,ok\n" + b"x" * 9000 + b",bad\x00row\n3,fine\n")
    docs, errors = skip("data.csv")
    assert [d.id for d in docs] == ["1", "3"]
    assert errors[0].line == 3 and "NUL byte" in errors[0].message


def test_header_only_csv_has_no_documents(here):
    write("data.csv", "id,text\n")
    assert read("data.csv") == []


# ------------------------------------------------------------------------------------ JSONL


def test_jsonl_keys_are_columns(here):
    write(
        "news.jsonl",
        '{"id": 7, "text": "Analysts warned.", "outlet": "X", "tags": ["a"]}\n'
        "\n"
        '{"id": "b", "text": "Über alles\u2028zwei", "outlet": null}\n',
    )
    docs = read("news.jsonl")
    assert [(d.id, d.text, d.meta, d.line) for d in docs] == [
        ("7", "Analysts warned.", {"outlet": "X", "tags": ["a"]}, 1),
        ("b", "Über alles\u2028zwei", {"outlet": None}, 3),
    ]


def test_jsonl_without_id_uses_record_number(here):
    write("n.jsonl", '{"text": "one"}\n{"text": "two"}\n')
    assert [d.id for d in read("n.jsonl")] == ["1", "2"]


def test_jsonl_malformed_json_message(here):
    lines = ['{"id": %d, "text": "fine"}' % i for i in range(1, 7)]
    lines.append('{"id": 7 "text": "no comma"}')
    write("data.jsonl", "\n".join(lines) + "\n")
    assert one_line_error("data.jsonl") == (
        "data.jsonl:7: malformed JSON (Expecting ',' delimiter at column 10)"
    )
    lines[6] = '{"text": "x",, "id": 7}'
    write("data.jsonl", "\n".join(lines) + "\n")
    assert one_line_error("data.jsonl") == (
        "data.jsonl:7: malformed JSON (Expecting property name enclosed in double quotes at column 14)"
    )


def test_jsonl_bad_records_skipped(here):
    write(
        "data.jsonl",
        b'{"id": 1, "text": "ok"}\n'  # 1
        b'[1, 2]\n'  # 2
        b'{"id": 3, "body": "wrong key"}\n'  # 3
        b'{"id": 4, "text": 12}\n'  # 4
        b'{"id": 5, "text": "caf\xe9"}\n'  # 5
        b'{"id": null, "text": "no id"}\n'  # 6
        b'{"id": 7, "text": "ok too"\n'  # 7
        b'{"id": 8, "text": "last"}\n',  # 8
    )
    docs, errors = skip("data.jsonl")
    assert [d.id for d in docs] == ["1", "8"]
    assert [str(e) for e in errors] == [
        "data.jsonl:2: expected a JSON object, got an array",
        "data.jsonl:3: no field 'text'; fields present: id, body",
        "data.jsonl:4: field 'text' is int, expected a string",
        "data.jsonl:5: invalid UTF-8 at byte 106 (use --encoding-errors replace)",
        "data.jsonl:6: field 'id' is empty",
        "data.jsonl:7: malformed JSON (Expecting ',' delimiter at column 27)",
    ]
    assert [e.field for e in errors] == [None, "text", "text", None, "id", None]


def test_jsonl_missing_text_column_in_first_record_is_whole_file(here):
    write("data.jsonl", '{"id": 1, "body": "x", "outlet": "Y"}\n{"id": 2, "text": "y"}\n')
    expected = "data.jsonl:1: no column 'text'; columns present: id, body, outlet"
    assert one_line_error("data.jsonl") == expected
    with pytest.raises(FramingInputError, match="no column 'text'"):
        skip("data.jsonl")


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "data.jsonl: file is empty"),
        (b"\n\n  \n", "data.jsonl: file has no JSON records (only blank lines)"),
        (b'{"text": "a\x00"}', "data.jsonl: binary file (NUL byte at byte 11); expected UTF-8 text"),
    ],
)
def test_jsonl_whole_file_errors(here, content, message):
    write("data.jsonl", content)
    assert one_line_error("data.jsonl") == message


def test_format_override_and_unknown_extension(here):
    write("dump.dat", '{"text": "x"}\n')
    assert one_line_error("dump.dat").startswith("dump.dat: cannot tell the input format from '.dat'")
    assert read("dump.dat", fmt="jsonl")[0].text == "x"


# ---------------------------------------------------------------------------------- Parquet


def _parquet(path, columns):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table(columns), path, row_group_size=1000)


def test_parquet_streams_all_rows_in_batches(here):
    n = 2500  # more than one record batch and row group
    _parquet("d.parquet", {"id": list(range(n)), "text": [f"Text {i}." for i in range(n)],
                           "outlet": ["X" if i % 2 else "Y" for i in range(n)]})
    docs = read("d.parquet")
    assert len(docs) == n
    assert (docs[0].id, docs[0].text, docs[0].meta, docs[0].line) == ("0", "Text 0.", {"outlet": "Y"}, 1)
    assert (docs[-1].id, docs[-1].line) == (str(n - 1), n)


def test_parquet_null_text_is_a_record_error(here):
    _parquet("d.parquet", {"text": ["ok", None, "fine"]})
    docs, errors = skip("d.parquet")
    assert [d.id for d in docs] == ["1", "3"]
    assert [str(e) for e in errors] == ["d.parquet:2: field 'text' is empty"]


@pytest.mark.parametrize(
    "columns, message",
    [
        ({"id": [1], "body": ["x"]}, "d.parquet: no column 'text'; columns present: id, body"),
        ({"text": [1, 2]}, "d.parquet: column 'text' has type int64, expected strings"),
    ],
)
def test_parquet_whole_file_errors(here, columns, message):
    _parquet("d.parquet", columns)
    assert one_line_error("d.parquet") == message


def test_parquet_corrupt_and_empty(here):
    write("bad.parquet", b"this is not parquet at all")
    assert one_line_error("bad.parquet").startswith("bad.parquet: not a readable Parquet file (")
    write("empty.parquet", b"")
    assert one_line_error("empty.parquet") == "empty.parquet: file is empty"


# ------------------------------------------------------------------------------------ stdin


@pytest.fixture
def stdin(monkeypatch):
    def feed(data: bytes):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))

    return feed


def test_stdin_plain_text(stdin):
    stdin("From the pipe.\n".encode())
    assert read("-") == [Document("stdin", "From the pipe.\n", {}, "<stdin>", None)]


def test_stdin_jsonl_and_csv(stdin):
    stdin(b'{"id": "s1", "text": "one"}\n{"id": "s2", "text": "two"}\n')
    assert [d.id for d in read("-", fmt="jsonl")] == ["s1", "s2"]
    stdin(b"id,text\nc1,comma\n")
    assert [(d.id, d.origin, d.line) for d in read("-", fmt="csv")] == [("c1", "<stdin>", 2)]


def test_stdin_empty(stdin):
    stdin(b"")
    assert one_line_error("-") == "<stdin>: file is empty"


def test_stdin_parquet(stdin, here):
    _parquet("d.parquet", {"text": ["pq"]})
    with open("d.parquet", "rb") as f:
        stdin(f.read())
    assert read("-", fmt="parquet")[0].text == "pq"


# ------------------------------------------------------------------------- options, policy


def test_several_inputs_in_order(here):
    write("a.txt", "A.")
    write("b.csv", "text\nB.\n")
    assert [d.text for d in read(["a.txt", "b.csv"])] == ["A.", "B."]


@pytest.mark.parametrize(
    "kwargs, match",
    [
        ({"on_error": "ignore"}, r"invalid on_error 'ignore'; valid options are \['fail', 'skip'\]"),
        ({"fmt": "xlsx"}, r"invalid fmt 'xlsx'; valid options are \['auto', 'csv', 'jsonl', 'parquet', 'tsv', 'txt'\]"),
        ({"encoding_errors": "ignore"}, r"valid options are \['replace', 'strict'\]"),
        ({"delimiter": ";;"}, "single character"),
    ],
)
def test_invalid_options(here, kwargs, match):
    write("a.txt", "A.")
    with pytest.raises(ValueError, match=match):
        read("a.txt", **kwargs)


def test_folder_with_non_txt_format(here):
    write("c/a.txt", "A.")
    assert one_line_error("c", fmt="csv") == "c: is a folder, which is read as .txt files; cannot read it as 'csv'"


def test_errors_callable_and_warning_when_no_sink(here):
    write("data.jsonl", '{"text": "ok"}\n{"text": ""}\n')
    seen = []
    assert len(list(iter_documents("data.jsonl", on_error="skip", errors=seen.append))) == 1
    assert seen == [RecordError("data.jsonl", 2, "text", "field 'text' is empty")]
    with pytest.warns(UserWarning, match=r"skipped data.jsonl:2: field 'text' is empty"):
        list(iter_documents("data.jsonl", on_error="skip"))


def test_detect_format():
    assert [detect_format(p) for p in ["a.txt", "b.TSV", "c.ndjson", "d.jsonl.gz", "e.parquet"]] == [
        "txt", "tsv", "jsonl", "jsonl", "parquet"]
    with pytest.raises(FramingInputError, match="a name without extension"):
        detect_format("README")


def test_input_error_is_value_error_with_parts():
    err = FramingInputError("data.csv", "field 'text' is empty\n(really)", line=4, field="text")
    assert isinstance(err, ValueError)
    assert (err.file, err.line, err.field) == ("data.csv", 4, "text")
    assert str(err) == "data.csv:4: field 'text' is empty (really)"
    assert err.to_record_error().to_dict() == {
        "file": "data.csv", "line": 4, "field": "text", "message": "field 'text' is empty (really)"}


# ---------------------------------------------------------------------------------- writers


def test_jsonl_writer_utf8_nan_and_numpy(here):
    import numpy as np

    n = write_jsonl([{"id": "ä", "x": float("nan"), "n": np.int64(3), "f": np.float32(0.5),
                      "arr": np.array([1, 2]), "inf": float("inf")}], "out.jsonl")
    assert n == 1
    raw = open("out.jsonl", "rb").read()
    assert raw == '{"id": "ä", "x": null, "n": 3, "f": 0.5, "arr": [1, 2], "inf": null}\n'.encode()


def test_to_json_line_rejects_unknown_objects():
    with pytest.raises(TypeError, match="cannot write a object as JSON"):
        to_json_line({"x": object()})


def test_writer_is_atomic_on_failure(here):
    write("out.jsonl", "old content\n")
    with pytest.raises(RuntimeError):
        with JsonlWriter("out.jsonl") as w:
            w.write({"id": 1})
            raise RuntimeError("boom")
    assert open("out.jsonl").read() == "old content\n"
    assert sorted(os.listdir(".")) == ["out.jsonl"]  # no temporary file left behind


def test_writer_creates_folders_and_keeps_mode(here):
    write_jsonl([{"a": 1}], "deep/er/out.jsonl")
    assert json.loads(open("deep/er/out.jsonl").read()) == {"a": 1}
    os.chmod("deep/er/out.jsonl", 0o640)
    write_jsonl([{"a": 2}], "deep/er/out.jsonl")
    assert os.stat("deep/er/out.jsonl").st_mode & 0o777 == 0o640


def test_writers_to_stdout(capsys):
    write_jsonl([{"id": "a"}], "-")
    write_csv([{"id": "a", "v": 1.5}], "-")
    assert capsys.readouterr().out == '{"id": "a"}\nid,v\na,1.5\n'


def test_csv_writer_union_of_columns(here):
    with CsvWriter("s.csv") as w:
        w.write({"id": "a", "outlet": "X", "score": 1.25})
        w.write({"id": "b", "score": float("nan"), "extra": [1, "x"], "flag": True})
    assert open("s.csv", encoding="utf-8").read() == (
        "id,outlet,score,extra,flag\n"
        "a,X,1.25,,\n"
        'b,,,"[1, ""x""]",True\n'
    )


def test_csv_writer_fixed_fieldnames(here):
    with CsvWriter("s.csv", ["id", "score"]) as w:
        w.write({"id": "a", "score": 2})
        with pytest.raises(ValueError, match=r"columns \['other'\] outside the fieldnames"):
            w.write({"id": "b", "other": 1})
    assert open("s.csv").read() == "id,score\na,2\n"


def test_csv_writer_atomic_on_failure(here):
    with pytest.raises(KeyError):
        with CsvWriter("s.csv") as w:
            w.write({"id": "a"})
            raise KeyError("x")
    assert os.listdir(".") == []


_texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1
).filter(lambda t: t.strip())


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.tuples(_texts, _texts), min_size=1, max_size=5))
def test_csv_and_jsonl_round_trip(tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("rt")
    records = [{"id": f"d{i}", "text": text, "outlet": outlet} for i, (text, outlet) in enumerate(rows)]
    for name, writer in (("r.csv", write_csv), ("r.jsonl", write_jsonl)):
        path = os.path.join(folder, name)
        writer(records, path)
        docs = read(path)
        assert [(d.id, d.text, d.meta) for d in docs] == [
            (r["id"], r["text"], {"outlet": r["outlet"]}) for r in records
        ]


def test_options_are_checked_before_iteration(here):
    with pytest.raises(ValueError, match="invalid on_error"):
        iter_documents("not-even-read.txt", on_error="maybe")  # no list(): checked eagerly


def test_truncated_gzip_is_an_input_error(here):
    data = gzip.compress(("id,text\n" + "1,Some text here.\n" * 2000).encode())
    write("cut.csv.gz", data[: len(data) // 2])
    message = one_line_error("cut.csv.gz")
    assert message.startswith("cut.csv.gz: cannot read (")


# ------------------------------------------------------- property tests: delimiters, quoting, unicode

_field_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
_fields = st.text(alphabet=_field_chars, min_size=1, max_size=40).filter(lambda t: t.strip())
_delimiters = st.sampled_from([",", ";", "\t", "|"])


@settings(max_examples=120, deadline=None)
@given(
    rows=st.lists(st.tuples(_fields, _fields), min_size=1, max_size=6),
    delimiter=_delimiters,
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]),
    terminator=st.sampled_from(["\n", "\r\n"]),
    explicit=st.booleans(),
)
def test_csv_random_delimiters_quoting_unicode(tmp_path_factory, rows, delimiter, quoting, terminator, explicit):
    # csv.writer leaves a lone "\r" unquoted when it is not part of the line terminator: that
    # CSV is ambiguous (RFC 4180 quotes fields with CR), so only valid CSV is generated
    assume(not (quoting == csv.QUOTE_MINIMAL and terminator == "\n" and any("\r" in f for r in rows for f in r)))
    folder = tmp_path_factory.mktemp("csvprop")
    path = os.path.join(folder, "d.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=delimiter, quoting=quoting, lineterminator=terminator)
        w.writerow(["id", "text", "outlet"])
        for k, (text, outlet) in enumerate(rows):
            w.writerow([f"r{k}", text, outlet])
    errors = []
    docs = list(iter_documents(path, on_error="skip", errors=errors,
                               delimiter=delimiter if explicit else None))
    assert errors == []
    assert [(d.id, d.text, d.meta) for d in docs] == [
        (f"r{k}", text, {"outlet": outlet}) for k, (text, outlet) in enumerate(rows)]
    lines = [d.line for d in docs]
    assert lines[0] == 2 and lines == sorted(set(lines))
    raw = open(path, "rb").read().split(b"\n")
    for d in docs:  # each record starts on the line it names
        assert raw[d.line - 1].decode("utf-8").lstrip('"').startswith(d.id)


@settings(max_examples=80, deadline=None)
@given(
    records=st.lists(st.dictionaries(
        st.text(alphabet=_field_chars, min_size=1, max_size=8).filter(lambda k: k not in ("id", "text")),
        st.one_of(st.none(), st.booleans(), st.integers(), _fields), max_size=3), min_size=1, max_size=5),
    texts=st.lists(_fields, min_size=5, max_size=5),
    ascii_only=st.booleans(),
    blank=st.lists(st.sampled_from(["", "  ", "\t"]), min_size=5, max_size=5),
    crlf=st.booleans(),
)
def test_jsonl_random_unicode_keys_blank_lines_line_numbers(tmp_path_factory, records, texts, ascii_only, blank, crlf):
    folder = tmp_path_factory.mktemp("jsonlprop")
    path = os.path.join(folder, "d.jsonl")
    end = "\r\n" if crlf else "\n"
    expected = []
    with open(path, "w", encoding="utf-8", newline="") as f:
        line = 0
        for k, meta in enumerate(records):
            line += 1
            f.write(json.dumps({"id": f"j{k}", "text": texts[k], **meta}, ensure_ascii=ascii_only) + end)
            expected.append((f"j{k}", texts[k], meta, line))
            if blank[k]:
                f.write(blank[k] + end)
                line += 1
    docs = read(path)
    assert [(d.id, d.text, d.meta, d.line) for d in docs] == expected


@settings(max_examples=150, deadline=None)
@given(content=st.one_of(st.binary(max_size=300),
                         st.text(alphabet=st.sampled_from('ab,;\t|"\'\n\r {}[]:\\\u00e9\u201c\u2028\x00'),
                                 max_size=200).map(lambda t: t.encode("utf-8"))),
       kind=st.sampled_from(["csv", "tsv", "jsonl", "txt"]),
       encoding_errors=st.sampled_from(["strict", "replace"]))
def test_readers_never_crash_on_arbitrary_bytes(tmp_path_factory, content, kind, encoding_errors):
    """Whatever the bytes, a reader yields documents or raises FramingInputError (one line)."""
    folder = tmp_path_factory.mktemp("fuzz")
    path = os.path.join(folder, f"f.{kind}")
    with open(path, "wb") as f:
        f.write(content)
    skipped = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FramingInputWarning)
            docs = list(iter_documents(path, on_error="skip", errors=skipped, encoding_errors=encoding_errors))
    except FramingInputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(path)
        return
    for d in docs:
        assert isinstance(d.text, str) and d.text.strip() and isinstance(d.id, str)
    for e in skipped:
        assert e.file == path and "\n" not in e.message


# ---------------------------------------------------------------- warnings, fingerprints, counts


def test_replacement_warnings_name_file_and_first_line(here):
    write("d.jsonl", b'{"text": "ok"}\n{"text": "caf\xe9"}\n{"text": "na\xefve"}\n')
    seen = []
    docs = read("d.jsonl", encoding_errors="replace", warn=seen.append)
    assert [d.text for d in docs] == ["ok", "caf\ufffd", "na\ufffdve"]
    assert seen == ["d.jsonl:2: invalid UTF-8 at byte 28 replaced by U+FFFD",
                    "d.jsonl: invalid UTF-8 replaced by U+FFFD on 2 lines in all"]
    seen.clear()
    assert read("d.jsonl", encoding_errors="replace", warn=seen.append) and len(seen) == 2
    seen.clear()
    write("ok.csv", "text\nfine\n")
    read("ok.csv", encoding_errors="replace", warn=seen.append)
    assert seen == []  # nothing replaced, nothing said


def test_fingerprint_inputs(here):
    write("c/a.txt", "A.")
    write("c/.hidden.txt", "ignored")
    write("d.csv", "text\nx\n")
    fp = fingerprint_inputs(["c", "d.csv", "-"])
    assert [f["input"] for f in fp] == ["c", "d.csv", "<stdin>"]
    assert fp[1]["bytes"] == 7 and fp[2]["sha256"] is None
    write("c/.hidden.txt", "changed: still ignored, as the reader ignores it")
    assert fingerprint_inputs("c") == fp[:1]
    write("c/b.txt", "B.")
    assert fingerprint_inputs("c")[0]["sha256"] != fp[0]["sha256"]
    with pytest.raises(FramingInputError, match="gone.csv: no such file"):
        fingerprint_inputs("gone.csv")


def test_count_documents_estimates(here):
    write("c/a.txt", "A.")
    write("c/sub/b.txt", "B.")
    write("d.csv", 'id,text\n1,"two\nlines"\n2,x\n\n')
    write("d.jsonl", '{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n')
    _parquet("d.parquet", {"text": ["p"] * 5})
    assert count_documents(["c", "d.csv", "d.jsonl", "d.parquet", "one.txt"]) == 2 + 2 + 3 + 5 + 1
    assert count_documents("-") is None
    assert count_documents("missing.csv") is None
    assert count_documents("d.csv", fmt="jsonl") == 4  # an estimate only, never an error


def test_csv_cells_idempotent():
    import numpy as np

    row = {"a": 1.5, "b": float("nan"), "c": None, "d": [1, {"x": 2}], "e": np.float64(0.25), "f": True}
    cells = csv_cells(row)
    assert cells == {"a": "1.5", "b": "", "c": "", "d": '[1, {"x": 2}]', "e": "0.25", "f": True}
    assert csv_cells(cells) == cells
