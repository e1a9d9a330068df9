"""Boilerplate in scraped text (menus, teasers, photo credits, a repeated headline, share prompts)
produces no quotes or speakers, and the article text and its offsets stay exactly as read."""

from __future__ import annotations

import pytest
import sqlite_utils
from click.testing import CliRunner

from quotes.cli import cli
from quotes.pipeline import drop_boilerplate, extract_article_quotes, extract_quotes
from quotes.read import boilerplate_ranges, in_ranges, read_articles

SCRAPED = """Talks to resume in Ankara
HOME | WORLD | BUSINESS | SPORT | OPINION
NEWS   POLITICS   ECONOMY   CULTURE
Select Language
By Jane Doe
“We will keep talking,” Foreign Minister Jane Roe said on Tuesday. (Image: AP)
READ MORE: “Nobody can stop us,” says defiant Mark Smith
Talks to resume in Ankara
Read more about Smith: “The plan is dead,” he told reporters
Also read – “We won,” the general claimed
Related: “Prices will rise,” Tom Brown warned
(Photo: Anna Black/Reuters)
Photograph: Anna Black/Reuters
Share this article
Follow us on Twitter
Advertisement
The next round will be held in two weeks, a diplomat said.
"""


def lines_of(text, ranges):
    return [text[start:end] for start, end in ranges]


def test_ranges_cover_each_kind_of_boilerplate_and_nothing_else():
    ranges = boilerplate_ranges(SCRAPED, "Talks to resume in Ankara")
    assert lines_of(SCRAPED, ranges) == [
        "HOME | WORLD | BUSINESS | SPORT | OPINION",
        "NEWS   POLITICS   ECONOMY   CULTURE",
        "Select Language",
        "(Image: AP)",
        "READ MORE: “Nobody can stop us,” says defiant Mark Smith",
        "Talks to resume in Ankara",
        "Read more about Smith: “The plan is dead,” he told reporters",
        "Also read – “We won,” the general claimed",
        "Related: “Prices will rise,” Tom Brown warned",
        "(Photo: Anna Black/Reuters)",
        "Photograph: Anna Black/Reuters",
        "Share this article",
        "Follow us on Twitter",
        "Advertisement",
    ]
    # The headline's first occurrence is the article's own; only the repeat is boilerplate.
    assert ranges[5][0] == SCRAPED.index("Talks to resume in Ankara", 1)


@pytest.mark.parametrize(
    "line",
    [
        "“We will keep talking,” she said.",
        "SMITH: We will keep talking.",
        "JANE ROE, FOREIGN MINISTER:",
        "Share prices fell sharply on Monday, traders said.",
        "Follow the money, the prosecutor told the court.",
        "Home Secretary Jane Roe said the plan would go ahead.",
        "Next week, the talks resume in Ankara.",
        "The photo, taken by a bystander, shows the minister.",
        "Officials (who declined to be named) said talks would resume.",
    ],
)
def test_reporting_lines_are_not_boilerplate(line):
    text = f"Talks to resume\n{line}\n"
    assert boilerplate_ranges(text, "Talks to resume") == []


def test_in_ranges():
    ranges = [(2, 5), (9, 10)]
    assert [i for i in range(12) if in_ranges(i, ranges)] == [2, 3, 4, 9]
    assert not in_ranges(0, [])


def test_scraped_article_yields_only_the_real_quotes(nlp, tmp_path):
    path = tmp_path / "scraped.txt"
    path.write_text(SCRAPED, encoding="utf-8")
    [article] = read_articles([str(path)])
    assert article.text == SCRAPED  # the text is not altered
    doc = nlp(article.text)
    everything = extract_quotes(doc)
    assert any("Nobody can stop us" in q.text for q in everything)  # the filter is what removes them
    quotes = extract_article_quotes(doc, article)
    texts = [q.text for q in quotes]
    assert "We will keep talking," in texts
    for teaser in ("Nobody can stop us", "The plan is dead", "We won", "Prices will rise"):
        assert not any(teaser in text for text in texts), texts
    names = {q.speaker.name for q in quotes if q.speaker}
    assert not names & {"Mark Smith", "Smith", "Tom Brown"}, names
    for q in quotes:
        assert article.text[q.start_char : q.end_char] == q.text


def test_a_speaker_found_only_in_boilerplate_is_dropped(nlp):
    text = "“We will keep talking,” she said.\n"
    [quote] = extract_quotes(nlp(text))
    assert quote.speaker_start_char is not None
    [kept] = drop_boilerplate([quote], [(quote.speaker_start_char, quote.speaker_end_char)])
    assert kept.text == quote.text and kept.speaker is None and kept.speaker_mention is None
    assert drop_boilerplate([quote], [(quote.start_char, quote.start_char + 1)]) == []


def test_cli_stores_no_boilerplate_quotes_or_speakers(nlp, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scraped.txt").write_text(SCRAPED, encoding="utf-8")
    db_path = tmp_path / "out.db"
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "in"), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(db_path)
    [article] = list(db["articles"].rows)
    assert article["text"] == SCRAPED
    ranges = boilerplate_ranges(SCRAPED, article["title"])
    rows = list(db["quotes"].rows)
    assert rows and all(not in_ranges(r["start_char"], ranges) for r in rows)
    assert all(SCRAPED[r["start_char"] : r["end_char"]] == r["text"] for r in rows)
    speakers = {r["name"] for r in db["speakers"].rows}
    assert "Jane Roe" in speakers and not speakers & {"Mark Smith", "Smith", "Tom Brown"}
    db.close()
