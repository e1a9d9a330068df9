"""Step 1, reading: title and byline detection, decoding, folder expansion, and bad files as ReadErrors."""

from __future__ import annotations

import pytest

from quotes.read import ReadError, decode, find_article_files, read_articles, split_title_and_author
from quotes.records import Article

BODY = (
    "Officials from Russia and Ukraine began a third round of talks in Istanbul, with potential prisoner "
    "swaps on the agenda but little expectation of progress on ending the war."
)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            f"By Patrick Sykes and Henry Meyer\n{BODY}\n",
            (None, "Patrick Sykes and Henry Meyer"),
            id="byline-first-no-title",
        ),
        pytest.param(
            f"By Jane Doe, Reuters\n{BODY}\n", (None, "Jane Doe, Reuters"), id="byline-with-agency"
        ),
        pytest.param(
            f"Ukraine, Russia resume talks in Istanbul\n\n{BODY}\n",
            ("Ukraine, Russia resume talks in Istanbul", None),
            id="headline-then-body",
        ),
        pytest.param(
            f"\n\n   Talks end without a ceasefire   \n{BODY}",
            ("Talks end without a ceasefire", None),
            id="leading-blank-lines-and-spaces",
        ),
        pytest.param(f"{BODY}\nMore text follows here.\n", (None, None), id="body-only-first-line"),
        pytest.param(
            "Ukraine, Russia resume talks in Istanbul\n\nUkraine, Russia resume talks in Istanbul\n\n" + BODY,
            ("Ukraine, Russia resume talks in Istanbul", None),
            id="repeated-headline-lines",
        ),
        pytest.param(
            f"“We will not give up,” says Ukraine’s negotiator\n{BODY}",
            ("“We will not give up,” says Ukraine’s negotiator", None),
            id="headline-opening-with-a-quote-mark",
        ),
        pytest.param(f"Talks stall again...\n{BODY}", ("Talks stall again...", None), id="ellipsis-headline"),
        pytest.param(f"300 prisoners freed in swap\n{BODY}", ("300 prisoners freed in swap", None), id="digit-headline"),
        pytest.param(f"Officials said on Tuesday:\n{BODY}", (None, None), id="colon-is-not-a-headline"),
        pytest.param(f"the talks ended early\n{BODY}", (None, None), id="lowercase-is-not-a-headline"),
        pytest.param(
            "Talks " * 40 + f"\n{BODY}", (None, None), id="over-long-line-is-not-a-headline"
        ),
        # A byline under the headline is the author; the headline stays the title.
        pytest.param(
            f"Ukraine, Russia resume talks in Istanbul\nBy Jane Doe and John Roe\n{BODY}",
            ("Ukraine, Russia resume talks in Istanbul", "Jane Doe and John Roe"),
            id="headline-then-byline",
        ),
        # (with where and when after a bar: the author is the name alone)
        pytest.param(
            f"Pay app down for nine hours\nBy Ann Kearney | LONDON, March 4\n{BODY}",
            ("Pay app down for nine hours", "Ann Kearney"),
            id="byline-with-place-and-date",
        ),
        # A byline may give where each author writes from instead of "By"; a headline never is one.
        pytest.param(
            f"Bank chief warns on property losses\nSam Roe in London and Ann Lee in Paris\n{BODY}",
            ("Bank chief warns on property losses", "Sam Roe and Ann Lee"),
            id="headline-then-placed-byline",
        ),
        pytest.param(
            f"Storm Chasers in Kansas\n{BODY}",
            ("Storm Chasers in Kansas", None),
            id="headline-is-not-a-placed-byline",
        ),
        # So may a name alone on its line, with what the author is after a comma, under the
        # headline or under a standfirst below it.
        pytest.param(
            f"Rents rise again in the capital\nMarie Redmond, Political Correspondent\n{BODY}",
            ("Rents rise again in the capital", "Marie Redmond"),
            id="headline-then-bare-name-byline",
        ),
        pytest.param(
            f"Rents rise again in the capital\nTenants say costs are out of reach\nNiamh Gallagher\n{BODY}",
            ("Rents rise again in the capital", "Niamh Gallagher"),
            id="headline-standfirst-then-bare-name-byline",
        ),
        pytest.param(f"Marie Redmond\n{BODY}", ("Marie Redmond", None), id="a-name-alone-on-top-is-no-byline"),
        pytest.param(f"Rents rise again\nSelect Language\n{BODY}", ("Rents rise again", None),
                     id="a-menu-item-is-no-bare-byline"),
        # A body sentence that happens to start with "By" is neither a byline nor a headline.
        pytest.param(
            f"By Wednesday evening, negotiators had agreed to swap 1,200 prisoners of war.\n{BODY}",
            (None, None),
            id="sentence-starting-with-by-is-not-a-byline",
        ),
    ],
)
def test_title_and_author(text, expected):
    assert split_title_and_author(text) == expected


def read_one(path) -> Article | ReadError:
    [item] = list(read_articles([str(path)]))
    return item


def test_utf8_bom_is_stripped_and_the_rest_kept_exactly(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTalks end without a ceasefire\n“We will keep talking,” she said.\n".encode("utf-8"))
    article = read_one(path)
    assert article == Article(
        source=str(path),
        text="Talks end without a ceasefire\n“We will keep talking,” she said.\n",
        title="Talks end without a ceasefire",
        author=None,
    )


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded(tmp_path, encoding):
    text = "Talks end without a ceasefire\r\nBy Jane Doe\r\n“We will keep talking,” she said.\r\n"
    data = text.encode(encoding)
    if encoding != "utf-16":  # explicit-endian codecs write no BOM: add the right one
        data = "\ufeff".encode(encoding) + data
    path = tmp_path / "utf16.txt"
    path.write_bytes(data)
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text == text
    assert article.title == "Talks end without a ceasefire"


def test_crlf_text_is_kept_exactly(tmp_path):
    text = "By Jane Doe\r\n“We will keep talking,” Foreign Minister Jane Roe said.\r\n\r\nMore.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    article = read_one(path)
    assert article.text == text  # no newline translation: offsets point into exactly this string
    assert "\r\n" in article.text
    assert (article.title, article.author) == (None, "Jane Doe")  # no stray "\r" in the byline
    start = text.index("We will")
    assert article.text[start : start + 21] == "We will keep talking,"


def test_crlf_headline_has_no_carriage_return(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Talks end without a ceasefire\r\n\r\nThe talks ended.\r\n")
    assert read_one(path).title == "Talks end without a ceasefire"


def test_article_id_is_the_content_hash_of_the_text(tmp_path, make_articles):
    folder = make_articles({"a.txt": "Same text.\n", "b.txt": "Same text.\n", "c.txt": "Other text.\n"})
    a, b, c = read_articles([str(folder)])
    assert a.id == b.id != c.id
    assert (a.source, b.source) == (str(folder / "a.txt"), str(folder / "b.txt"))


def test_folders_expand_recursively_sorted_and_only_article_suffixes(make_articles):
    folder = make_articles(
        {
            "z.txt": "Z.",
            "b.txt": "B.",
            "a.txt": "A.",
            "sub/c.txt": "C.",
            "sub/deeper/d.txt": "D.",
            "notes.md": "not an article",
            "image.png": b"\x89PNG\r\n\x1a\n\x00\x00",
            "sub/data.json": "{}",
            "sub/page.HTML": "<html><body><p>Page.</p></body></html>",
            "sub/records.jsonl": '{"text": "Record."}\n',
            "table.csv": "text\nRow.\n",
            "txt": "a file named txt, without the suffix",
        }
    )
    found = list(find_article_files([str(folder)]))
    expected = ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt", "sub/page.HTML", "sub/records.jsonl", "table.csv", "z.txt"]
    assert [source for source, _ in found] == [str(folder / name) for name in expected]
    assert all(path is not None and path.is_file() for _, path in found)
    assert [item.text for item in read_articles([str(folder)])] == ["A.", "B.", "C.", "D.", "Page.", "Record.", "Row.", "Z."]


def test_sources_keep_the_path_as_given(make_articles, monkeypatch, tmp_path):
    make_articles({"a.txt": "A.", "notes.md": "Given explicitly, so read."})
    monkeypatch.chdir(tmp_path)
    found = [source for source, _ in find_article_files(["articles/", "articles/notes.md", "articles"])]
    # Folder contents are joined onto the folder as given; an explicit file is kept verbatim,
    # whatever its suffix.
    assert found == ["articles/a.txt", "articles/notes.md", "articles/a.txt"]


def test_bad_files_become_read_errors_and_the_batch_continues(make_articles):
    folder = make_articles(
        {
            "0_good.txt": "Talks end without a ceasefire\n“We will keep talking,” she said.\n",
            "1_empty.txt": b"",
            "2_whitespace.txt": b"  \n\t\r\n   \n",
            "3_binary.txt": b"GIF89a\x01\x00\x01\x00\x00\xff\x00,\x00\x00\x00\x00",
            "4_latin1.txt": "Café talks\nThe café was closed.".encode("latin-1"),
            "6_undetectable.txt": b"Hello " + bytes(range(128, 256)) * 4,
            "5_good.txt": "Second good article.\n",
        }
    )
    missing = str(folder / "missing.txt")
    items = list(read_articles([str(folder), missing]))
    sources = [item.source for item in items]
    assert sources == [str(folder / name) for name in sorted(p.name for p in folder.iterdir())] + [missing]

    good = [item for item in items if isinstance(item, Article)]
    assert [article.source for article in good] == [
        str(folder / "0_good.txt"), str(folder / "4_latin1.txt"), str(folder / "5_good.txt")
    ]
    assert good[0].title == "Talks end without a ceasefire"
    # A legacy single-byte file is detected and decoded, not rejected.
    assert good[1].text == "Café talks\nThe café was closed." and good[1].title == "Café talks"

    errors = {item.source.rsplit("/", 1)[-1]: item for item in items if isinstance(item, ReadError)}
    assert set(errors) == {"1_empty.txt", "2_whitespace.txt", "3_binary.txt", "6_undetectable.txt", "missing.txt"}
    for error in errors.values():
        assert str(error).startswith(f"{error.source}: "), str(error)
    assert "empty" in errors["1_empty.txt"].message
    assert "empty" in errors["2_whitespace.txt"].message or "whitespace" in errors["2_whitespace.txt"].message
    assert "binary" in errors["3_binary.txt"].message
    # "Hello " is 6 bytes, so the first bad byte 0x80 is at offset 6.
    assert "UTF-8" in errors["6_undetectable.txt"].message and "could not be detected" in errors["6_undetectable.txt"].message
    assert "0x80" in errors["6_undetectable.txt"].message and "offset 6" in errors["6_undetectable.txt"].message
    assert "no such file" in errors["missing.txt"].message


def test_whitespace_only_after_decoding_is_an_error(tmp_path):
    # A BOM and a non-breaking space: not empty bytes, but nothing to read.
    path = tmp_path / "blank.txt"
    path.write_bytes("\ufeff \u00a0\n".encode("utf-8"))
    error = read_one(path)
    assert isinstance(error, ReadError)
    assert error.source == str(path) and "whitespace" in error.message


UNDETECTABLE = bytes(range(128, 256)) * 4  # every high byte: no single-byte encoding makes text of it


def test_undecodable_bytes_name_the_first_bad_byte_offset():
    with pytest.raises(ValueError, match=r"byte 0x80 at offset 5\b.*could not be detected"):
        decode(b"Hello" + UNDETECTABLE)
    # The offset counts bytes, not characters: "Café " is 5 characters but 6 bytes in UTF-8.
    with pytest.raises(ValueError, match=r"byte 0x80 at offset 6\b"):
        decode("Café ".encode("utf-8") + UNDETECTABLE)


def test_undecodable_offset_counts_the_bom():
    data = b"\xef\xbb\xbfCaf" + UNDETECTABLE
    assert data[6] == 0x80
    with pytest.raises(ValueError, match=r"byte 0x80 at offset 6\b"):
        decode(data)


def test_read_errors_do_not_raise_for_a_directory_named_like_an_article(make_articles):
    folder = make_articles({"x.txt/inner.txt": "Inner."})
    items = list(read_articles([str(folder)]))
    assert [(type(item).__name__, item.source) for item in items] == [("Article", str(folder / "x.txt" / "inner.txt"))]
