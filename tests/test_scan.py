"""csto scan and check in the reader's words: real behaviour on the seed article and claims."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csto_cli import loader
from csto_cli.cli import app
from csto_cli.model import PartialDate
from csto_cli.scan.claims import scan_text
from csto_cli.scan.dates import find_dates
from csto_cli.scan.normal import Norm
from csto_cli.scan.text import decode

SEED = Path(__file__).parent / "fixtures" / "seed_alwasat_2022.txt"
runner = CliRunner()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("في 15 آيار/ مايو عام 1992", "1992-05-15"),
        ("في تشرين الأول /أكتوبر 2007", "2007-10"),
        ("في عام ١٩٩٤", "1994"),
        ("подписан 15 мая 1992 года", "1992-05-15"),
        ("on May 15, 1992", "1992-05-15"),
        ("in 2002", "2002"),
    ],
)
def test_dates_keep_their_precision(text: str, expected: str) -> None:
    found = find_dates(Norm.of(text))
    assert [str(d.date) for d in found] == [expected]


def test_a_span_of_years_and_a_troop_count_are_not_dates() -> None:
    assert find_dates(Norm.of("بين عامي 1992 و 2002")) == []
    assert find_dates(Norm.of("контингент численностью 2030 человек")) == []


def test_seed_contradictions_are_false_and_quotes_are_exact() -> None:
    base = loader.load(None)
    text = SEED.read_text(encoding="utf-8")
    claims = scan_text(base, text, dt.date(2022, 1, 7))
    assert all(text[c.start : c.end] == c.quote for c in claims)
    false = {(c.subject, c.claimed) for c in claims if c.verdict == "false"}
    assert ("treaty-signed", "1992-05-17") in false
    assert any(s == "members" and "UZB" in claimed for s, claimed in false)
    first_list = next(c for c in claims if c.kind == "members")
    assert first_list.verdict == "true" and "UZB" not in first_list.claimed


def test_opinions_predictions_and_quotes_are_not_claims() -> None:
    base = loader.load(None)
    text = 'Armenia could leave the CSTO in 2026. "Armenia left the CSTO in 2024," he said. I think the bloc is weak.'
    assert scan_text(base, text, base.meta.as_of) == []


def test_html_is_reduced_to_text_and_a_bom_dropped() -> None:
    html = "\ufeff<html><body><script>x=1</script><p>The CSTO was founded on 7 October 2002.</p></body></html>"
    assert decode(html.encode()) == "The CSTO was founded on 7 October 2002."


def test_scan_json_offsets_and_exit_code(tmp_path: Path) -> None:
    result = runner.invoke(app, ["scan", str(SEED), "--format", "json", "--on", "2022-01-07"])
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    text = SEED.read_text(encoding="utf-8")
    assert doc["claims"] and all(text[c["start"] : c["end"]] == c["quote"] for c in doc["claims"])
    assert {"quote", "start", "end", "kind", "subject", "claimed", "verdict", "record", "note", "evidence"} <= set(
        doc["claims"][0]
    )
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    result = runner.invoke(app, ["scan", str(bad)])
    assert result.exit_code == 2 and "cannot read" in result.stderr


def test_scan_installed_reads_stdin_through_a_pipe() -> None:
    text = b"The treaty entered into force on 20 April 1994.\n"
    result = subprocess.run(
        [sys.executable, "-m", "csto_cli", "scan", "-", "--format", "tsv", "--fields", "verdict,subject"],
        input=text,
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.decode().splitlines()[1:] == ["true\ttreaty-in-force"]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (["member Armenia"], "true"),
        (["عضو", "أرمينيا"], "true"),
        (["secretary general", "Zas", "--on", "2021-06-01"], "true"),
        (["الأمين العام", "زاس", "--on", "2021-06-01"], "true"),
        (["treaty signed", "1992-05-15"], "true"),
        (["توقيع المعاهدة", "1992-05-17"], "false"),
        (["fact", "observers", "AFG, SRB", "--on", "2020-01-01"], "true"),
        (["fact", "observers", "Serbia", "--on", "2020-01-01"], "partly"),
        (["fact", "observers", "Serbia, Afghanistan", "--on", "2022-01-07"], "unknown"),
        (["член", "Армения"], "true"),
        (["генеральный секретарь", "Зась", "--on", "2021-06-01"], "true"),
        (["fact", "members", "ARM, BLR, KAZ, KGZ, RUS, TJK", "--on", "2022-01-07"], "true"),
        (["The CSTO sent 2,500 troops to Kazakhstan"], "disputed"),
    ],
)
def test_check_in_the_readers_words(claim: list[str], verdict: str) -> None:
    result = runner.invoke(app, ["check", *claim, "--format", "json"])
    assert json.loads(result.stdout)["verdict"] == verdict, result.stdout + result.stderr


def test_kazakhstan_troops_show_both_figures_and_context_notes() -> None:
    doc = json.loads(
        runner.invoke(app, ["check", "The CSTO sent 2,500 troops to Kazakhstan", "--format", "json"]).stdout
    )
    assert "2,030" in doc["record"] and "2,500" in doc["record"]
    assert any(e["supports"] == "other" and "2500" in e["text"] for e in doc["evidence"])
    left = json.loads(
        runner.invoke(app, ["check", "Georgia and Azerbaijan withdrew from the organization", "-f", "json"]).stdout
    )
    assert left["verdict"] == "true" and "before the organization existed" in left["note"]
    iran = json.loads(runner.invoke(app, ["check", "observer", "Iran", "--format", "json"]).stdout)
    assert iran["verdict"] == "false" and any(e["id"] == "irn-candidacy" for e in iran["evidence"])


def test_generic_checks_carry_no_note_written_for_the_seed() -> None:
    out = runner.invoke(app, ["check", "date", "treaty-signed", "1992-05-17", "--format", "json"]).stdout
    assert "third paragraph" not in out
    audit = runner.invoke(app, ["audit", "seed-alwasat-2022", "--format", "json"]).stdout
    assert "third paragraph" in audit


def test_arabic_verdicts_are_arabic() -> None:
    result = runner.invoke(app, ["check", "عضو", "أوزبكستان", "--lang", "ar", "--format", "json"])
    doc = json.loads(result.stdout)
    assert doc["verdict"] == "false" and doc["verdict_label"] == "خطأ"
    assert PartialDate.parse("2022").precision == "year"


def test_every_cldr_month_name_is_read() -> None:
    """Babel is not a dependency: when it is installed, CLDR's month names (Arabic in both series and
    the Maghreb forms, Russian genitive and abbreviations) are checked against the table here."""
    babel_dates = pytest.importorskip("babel.dates")
    from csto_cli.scan.dates import _month

    locales = ["en", "ar", "ar_EG", "ar_SY", "ar_LB", "ar_IQ", "ar_MA", "ar_DZ", "ar_TN", "ru"]
    unread = [
        (loc, number, name)
        for loc in locales
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for number, name in babel_dates.get_month_names(width, context=context, locale=loc).items()
        if _month(Norm.of(name).text.rstrip(".")) != number
    ]
    assert unread == []


@pytest.mark.parametrize(
    ("claim", "verdict", "note"),
    [
        ("Armenia left the CSTO", "false", "froze its participation"),
        ("Uzbekistan left the CSTO in 2012", "false", "suspended its participation"),
        ("Armenia suspended its membership in 2024", "true", "froze its participation"),
    ],
)
def test_a_freeze_a_suspension_and_leaving_are_told_apart(claim: str, verdict: str, note: str) -> None:
    doc = json.loads(runner.invoke(app, ["check", claim, "--format", "json"]).stdout)
    assert doc["verdict"] == verdict and note in doc["note"]


def test_words_that_fit_several_events_are_an_error_naming_them() -> None:
    result = runner.invoke(app, ["check", "accession", "1993"])
    assert result.exit_code == 2
    assert all(e in result.stderr for e in ("aze-accession", "geo-accession", "blr-accession"))
    matched = runner.invoke(app, ["check", "treaty", "signed", "15", "May", "1992", "--format", "json"])
    assert json.loads(matched.stdout)["verdict"] == "true" and "treaty-signed" in matched.stderr


def test_scan_markdown_is_a_publishable_fact_check() -> None:
    result = runner.invoke(app, ["scan", str(SEED), "--format", "markdown", "--on", "2022-01-07"])
    assert result.exit_code == 1
    assert "| # | Verdict | Quote |" in result.stdout and "**Evidence**" in result.stdout
    assert "<https://" in result.stdout  # sources can be followed up


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The CSTO was founded in 2002. Troops arrived on 6 January.", "2002-01-06"),
        ("Uzbekistan rejoined in 2006 and suspended its membership six years later.", "2012"),
        ("Belarus joined in December 1993; Georgia signed the same month.", "1993-12"),
        ("Three states signed in 1992 and the rest the following year.", "1993"),
    ],
)
def test_dates_written_relative_to_the_last_one(text: str, expected: str) -> None:
    assert str(find_dates(Norm.of(text))[-1].date) == expected


@pytest.mark.parametrize(
    ("text", "subject", "verdict"),
    [
        ("In January 2022 the CSTO sent about 2,000 troops to Kazakhstan.", "kaz-2022-deployment", "true"),
        ("In January 2022 the CSTO sent 4,000 troops to Kazakhstan.", "kaz-2022-deployment", "false"),
        ("Iran has never been a member of the CSTO.", "IRN", "true"),
        ("Armenia has never been a member of the CSTO.", "ARM", "false"),
        ("Armenia chaired the CSTO in 2022.", "chairmanship", "true"),
        ("Kazakhstan chaired the CSTO in 2023.", "chairmanship", "false"),
        ("The CSTO is headquartered in the Russian capital.", "headquarters", "true"),
    ],
)
def test_claims_in_other_words(text: str, subject: str, verdict: str) -> None:
    base = loader.load(None)
    claims = [c for c in scan_text(base, text, dt.date(2026, 2, 1)) if c.subject == subject and c.kind != "date"]
    assert [c.verdict for c in claims] == [verdict], claims


def test_a_sentence_about_the_state_named_before() -> None:
    base = loader.load(None)
    text = "Uzbekistan left the treaty in 1999. It came back to the CSTO in 2006."
    claims = scan_text(base, text, dt.date(2026, 2, 1))
    assert [(c.subject, c.claimed, c.verdict) for c in claims] == [
        ("UZB", "leave 1999", "true"),
        ("UZB", "rejoin 2006", "true"),
    ]


def test_html_offsets_refer_to_the_visible_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(
        "\ufeff<!doctype html><html><head><title>x</title></head><body><p>The treaty entered into force on "
        "20 April 1994.</p><script>var a = 'signed on 17 May 1992';</script></body></html>".encode()
    )
    doc = json.loads(runner.invoke(app, ["scan", str(page), "--format", "json"]).stdout)
    text = decode(page.read_bytes())
    assert doc["source"]["html"] is True
    assert [(c["subject"], text[c["start"] : c["end"]] == c["quote"]) for c in doc["claims"]] == [
        ("treaty-in-force", True)
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("يقع مقر المنظمة في العاصمة الروسية موسكو، ولها أمانة عامة.", "العاصمة الروسية"),
        ("The CSTO is headquartered in the Russian capital.", "the Russian capital"),
        ("Штаб-квартира ОДКБ находится в российской столице.", "российской столице"),
    ],
)
def test_a_capital_named_in_words_is_quoted_whole(text: str, words: str) -> None:
    """The headquarters given as "the Russian capital": the quote ends with those words, not inside them."""
    claims = [c for c in scan_text(loader.load(None), text, dt.date(2022, 1, 7)) if c.kind == "headquarters"]
    assert [c.verdict for c in claims] == ["true"]
    assert claims[0].quote.endswith(words) or claims[0].quote.endswith(words + " موسكو")
