"""The agreement PDF: the real agreement template rendered, made into a PDF, and read back.

The text is extracted with pypdf, so these tests prove what a reader's PDF viewer finds in the
file: every payment, the Hungarian letters, the Chinese characters (not empty boxes), the footer.
"""

from __future__ import annotations

import gc
import io
import logging
import os
import re
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from bot.config import (
    BankConfig,
    ConfigError,
    DocumentConfig,
    Localized,
    load_settings,
)
from bot.operations.document import AgreementDocuments, FontFile, Fonts
from bot.service.effects import agreement_columns
from bot.storage.models import Agreement
from bot.texts import Texts, format_day, format_money, html_to_text
from dialogs.domain.plans import AccountTerms, Option, OptionKind, Situation, build_options
from dialogs.domain.policy import Policy
from dialogs.domain.vocabulary import Cause
from dialogs.replies import Reply
from tests.support.english import english_leaks

D = Decimal
TODAY = date(2026, 11, 23)
ACCEPTED = datetime(2026, 11, 23, 10, 5, tzinfo=UTC)
#: A Hungarian bank name with ő and ű, so both letters are in the text and the header.
BANK = BankConfig(name=Localized(en="Example Bank", hu="Első Hűség Bank", zh="示例银行"))
FONTS = Fonts.find(DocumentConfig())


@dataclass(frozen=True)
class Case:
    """A cardholder: language, currency, time zone, the plan chosen, and what the page says."""

    language: str
    currency: str
    timezone: str
    kind: OptionKind
    header: str
    headings: tuple[str, str, str]
    footer: str
    fingerprint: str
    page: str  # with {n} and {total}


CASES = {
    "en": Case(
        "en",
        "GBP",
        "Europe/London",
        OptionKind.INSTALMENT,
        "Example Bank · Repayment agreement",
        ("Payment", "Due date", "Amount"),
        "Accepted on 23 November 2026, 10:05:00 GMT. Terms version 2026-11.",
        "SHA-256 of the agreement text: ",
        "Page {n} of {total}",
    ),
    "hu": Case(
        "hu",
        "HUF",
        "Europe/Budapest",
        OptionKind.INSTALMENT,
        "Első Hűség Bank · Törlesztési megállapodás",
        ("Részlet", "Határidő", "Összeg"),
        "Elfogadás időpontja: 2026. november 23. 11:05:00 CET. Feltételek verziója: 2026-11.",
        "A megállapodás szövegének SHA-256 ellenőrzőösszege: ",
        "{n}. oldal, összesen {total}",
    ),
    "zh": Case(
        "zh",
        "CNY",
        "Asia/Shanghai",
        OptionKind.HARDSHIP,
        "示例银行 · 还款协议",
        ("期数", "还款日", "还款金额"),
        "同意时间：2026年11月23日 +0800 18:05:00。条款版本：2026-11。",
        "协议文本的SHA-256校验值：",
        "第 {n} 页，共 {total} 页",
    ),
}


@pytest.fixture(scope="module")
def texts() -> Texts:
    return Texts(BANK)


@pytest.fixture(scope="module")
def documents(texts: Texts) -> AgreementDocuments:
    if not (FONTS.regular and FONTS.bold and FONTS.cjk):
        message = (
            "fonts missing: `make fonts` installs Debian's fonts-dejavu-core and fonts-wqy-microhei"
        )
        if os.environ.get("CI"):
            pytest.fail(message)  # on CI a missing install step must not pass as a skip
        pytest.skip(message)
    return AgreementDocuments(texts, DocumentConfig())


def option_of(case: Case) -> Option:
    """A plan as the dialogue offers it: forint amounts a hundred times larger."""
    scale = 100 if case.currency == "HUF" else 1
    terms = AccountTerms(
        case.currency, D("12345.50") * scale, D("2600") * scale, D("450") * scale, 95, D("0.18")
    )
    situation = Situation(Cause.JOB_LOSS, D("20000") * scale, D("1000") * scale, D(0), True, 2)
    policy = Policy(instalment_terms=(12, 24), max_options=6)
    return next(o for o in build_options(terms, situation, policy, TODAY) if o.kind == case.kind)


def accepted(texts: Texts, case: Case, option: Option | None = None) -> Agreement:
    """What an accepted agreement stores (``agreement_columns``): the real template, rendered."""
    option = option or option_of(case)
    scale = 100 if case.currency == "HUF" else 1
    params = {
        "option": option,
        "account": AccountTerms(
            case.currency, D("12345.50") * scale, D("2600") * scale, D("450") * scale, 95, D("0.18")
        ),
        "card_last4": "4321",
        "currency": case.currency,
        "terms_version": "2026-11",
        "today": TODAY,
        "grace_days": 3,
        "language": case.language,
        "late_fee": D("15") * scale,
        "annual_fee_waived": True,
    }
    text = texts.render(Reply("agreement", params), case.language)
    return Agreement(
        id=1,
        **agreement_columns(
            option,
            text,
            conversation_id=1,
            account_id=1,
            terms_version="2026-11",
            language=case.language,
            accepted_at=ACCEPTED,
        ),
    )


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def squeeze(text: str) -> str:
    """Without any white space (NBSP included): line breaks are the layout's, not the text's."""
    return re.sub(r"\s", "", text)


@pytest.fixture(scope="module", params=sorted(CASES))
def made(
    request: pytest.FixtureRequest, texts: Texts, documents: AgreementDocuments
) -> tuple[Case, Agreement, bytes, list[str]]:
    case = CASES[request.param]
    agreement = accepted(texts, case)
    pdf = documents.pdf(agreement, case.timezone)
    return case, agreement, pdf, pages(pdf)


# --- what the cardholder finds in the file --------------------------------------------------------


def test_every_payment_date_and_amount_is_in_the_pdf(
    made: tuple[Case, Agreement, bytes, list[str]],
) -> None:
    case, _agreement, _pdf, text = made
    found = squeeze("".join(text))
    option = option_of(case)
    assert len(option.schedule) == (60 if case.language == "zh" else 24)
    for payment in option.schedule:
        due = squeeze(format_day(payment.due, case.language, case.currency))
        amount = squeeze(format_money(payment.amount, case.currency, case.language))
        assert f"{payment.number}.{due}{amount}" in found, payment


def test_the_pdf_carries_exactly_the_text_shown(
    made: tuple[Case, Agreement, bytes, list[str]],
) -> None:
    """Page by page, less the running header, the table's headings and the footer, the words
    are the stored text's, in its order (a schedule row's dash is the table's column gap)."""
    case, agreement, _pdf, text = made
    body = []
    for number, page in enumerate(text, start=1):
        page = squeeze(page)
        for furniture in (
            case.header,
            "".join(case.headings),
            case.footer,
            case.fingerprint + agreement.sha256,
            case.page.format(n=number, total=len(text)),
        ):
            assert squeeze(furniture) in page or furniture == "".join(case.headings), (
                number,
                furniture,
            )
            page = page.replace(squeeze(furniture), "", 1)
        body.append(page)
    shown = [
        re.sub(r"^(\d+\. .+) — (.+)$", r"\1 \2", line)
        for line in html_to_text(agreement.text).split("\n")
    ]
    assert "".join(body) == squeeze("".join(shown))


def test_hungarian_letters_and_forint_amounts_survive(
    texts: Texts, documents: AgreementDocuments
) -> None:
    case = CASES["hu"]
    agreement = accepted(texts, case)
    found = "\n".join(pages(documents.pdf(agreement, case.timezone)))
    for word in (
        "Első Hűség Bank",
        "Törlesztési megállapodás",
        "Az első határideje",
        "Összesen fizetendő",
        "„ügyintéző”",
        "ellenőrzőösszege",
    ):
        assert word in found, word
    assert re.search(r"\b1 234 550 Ft\b", found)  # the balance, grouped by thousands
    assert re.search(r"\b\d{2} \d{3} Ft\b", found)  # and a monthly payment
    assert not english_leaks(found), english_leaks(found)


def test_the_chinese_text_is_really_there(texts: Texts, documents: AgreementDocuments) -> None:
    case = CASES["zh"]
    agreement = accepted(texts, case)
    found = "\n".join(pages(documents.pdf(agreement, case.timezone)))
    for words in (
        "还款协议",
        "困难帮扶方案",
        "分60期",
        "还款日期",
        "期数 还款日 还款金额",
        "宽限期",
        "不向本行申请新的信用卡",
        "第 1 页，共 3 页",
    ):
        assert words in found, words
    assert not english_leaks(found), english_leaks(found)
    latin = set(re.findall(r"[A-Za-z]{3,}", found.replace(agreement.sha256, "")))
    assert latin <= {"SHA", "help", "example", "com"}, latin  # the hash's name, the bank's e-mail


def test_the_footer_proves_what_was_accepted(
    made: tuple[Case, Agreement, bytes, list[str]],
) -> None:
    """On every page: the acceptance time in the cardholder's zone, the terms version, the hash."""
    case, agreement, _pdf, text = made
    for number, page in enumerate(text, start=1):
        assert case.footer in page.replace("\n", " "), number
        assert case.fingerprint + agreement.sha256 in page
        assert case.page.format(n=number, total=len(text)) in page


def test_bold_where_the_text_has_bold(texts: Texts, documents: AgreementDocuments) -> None:
    case = CASES["hu"]
    reader = PdfReader(io.BytesIO(documents.pdf(accepted(texts, case), case.timezone)))
    fonts: dict[str, str] = {}

    def visit(
        text: str, _cm: object, _tm: object, font: dict[str, str] | None, _size: float
    ) -> None:
        if text.strip() and font:
            fonts[text.strip()] = font["/BaseFont"]

    reader.pages[0].extract_text(visitor_text=visit)
    assert "Bold" in fonts["Törlesztési megállapodás"]
    assert "Bold" in fonts["Részletfizetési terv"]
    assert "Bold" not in fonts["Összesen fizetendő: 1 394 749 Ft."]
    assert reader.metadata is not None
    assert reader.metadata.title == "Törlesztési megállapodás"


def test_the_same_agreement_gives_the_same_bytes(
    texts: Texts, documents: AgreementDocuments
) -> None:
    case = CASES["en"]
    agreement = accepted(texts, case)
    assert documents.pdf(agreement, case.timezone) == documents.pdf(agreement, case.timezone)


def embedded(pdf: bytes) -> dict[str, set[int]]:
    """Each embedded font of the first page (its name less fpdf2's subset tag) and the characters
    its subset maps (its ToUnicode map): what a document carries of each font."""
    fonts = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"]
    found = {}
    for ref in fonts.values():
        font = ref.get_object()
        cmap = font["/ToUnicode"].get_object().get_data().decode("ascii")
        codes = {
            int(code, 16) for code in re.findall(r"^<[0-9A-F]{4}> <([0-9A-F]{4,})>$", cmap, re.M)
        }
        found[str(font["/BaseFont"]).split("+", 1)[1]] = codes - {
            0x00,
            0x20,
            0xFFFF,
        }  # fpdf2's own entries
    return found


def test_each_pdf_embeds_only_its_own_glyphs_and_is_made_the_same_again(
    texts: Texts, documents: AgreementDocuments
) -> None:
    """No glyph used by one document leaks into the next one's font subsets, and a document
    made again, after others, is byte for byte the same."""
    made = {lang: accepted(texts, case) for lang, case in CASES.items()}

    def pdf(lang: str) -> bytes:
        return documents.pdf(made[lang], CASES[lang].timezone)

    first = {lang: pdf(lang) for lang in ("hu", "zh", "en")}
    assert [pdf("zh"), pdf("hu"), pdf("en")] == [first["zh"], first["hu"], first["en"]]

    hu, zh, en = embedded(first["hu"]), embedded(first["zh"]), embedded(first["en"])
    assert set(hu) == set(en) == {"DejaVuSansBook", "DejaVuSansBold"}  # no Chinese font after zh
    assert {"DejaVuSansBook", "DejaVuSansBold"} < set(zh) and len(zh) == 3
    assert (
        ord("ő") in hu["DejaVuSansBook"] and ord("ő") not in en["DejaVuSansBook"]
    )  # hu came before en
    assert ord("期") in max(zh.values(), key=len) and not any(
        code >= 0x3000 for codes in (*hu.values(), *en.values()) for code in codes
    )
    for lang, found in (("hu", hu), ("en", en)):
        printed = set(squeeze("".join(pages(first[lang]))))
        mapped = {chr(code) for code in found["DejaVuSansBook"] | found["DejaVuSansBold"]}
        assert {char for char in mapped if not char.isspace()} == printed, lang
    assert "还款协议" in "".join(pages(first["zh"]))
    assert "Repayment agreement" in "".join(pages(first["en"]))


def test_the_worker_pauses_the_garbage_collector_only_while_it_makes_a_document(
    documents: AgreementDocuments, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.channels.telegram import documents as worker

    monkeypatch.setattr(worker, "_worker_documents", None)
    worker._load_documents(BANK, DocumentConfig())
    seen: list[bool] = []
    make = AgreementDocuments.pdf

    def watched(self: AgreementDocuments, agreement: Agreement, timezone: str) -> bytes:
        seen.append(gc.isenabled())
        return make(self, agreement, timezone)

    monkeypatch.setattr(AgreementDocuments, "pdf", watched)
    case = CASES["zh"]
    row = accepted(documents.texts, case).model_dump()
    name, pdf = worker._worker_document(row, case.timezone)
    assert seen == [False] and gc.isenabled()
    assert "还款协议" in "".join(pages(pdf))
    assert name == documents.filename(accepted(documents.texts, case), case.timezone)
    monkeypatch.setattr(
        worker,
        "_worker_documents",
        AgreementDocuments(documents.texts, DocumentConfig(cjk_font=[])),
    )
    with pytest.raises(ConfigError):
        worker._worker_document(row, case.timezone)
    assert seen == [False, False] and gc.isenabled()


def test_a_chinese_pdf_embeds_only_the_glyphs_used(
    made: tuple[Case, Agreement, bytes, list[str]],
) -> None:
    """The Chinese font file is 5 MB; subsetting keeps a 60-payment agreement small."""
    case, _agreement, pdf, text = made
    assert len(pdf) < 80_000, len(pdf)
    if case.language == "zh":
        assert len(text) == 3


def test_the_file_name_is_in_the_cardholders_language(
    texts: Texts, documents: AgreementDocuments
) -> None:
    names = {
        lang: documents.filename(accepted(texts, case), case.timezone)
        for lang, case in CASES.items()
    }
    assert names == {
        "en": "Repayment agreement 2026-11-23.pdf",
        "hu": "Törlesztési megállapodás 2026-11-23.pdf",
        "zh": "还款协议 2026-11-23.pdf",
    }


def test_time_to_build_a_60_payment_chinese_pdf(
    texts: Texts, documents: AgreementDocuments
) -> None:
    agreement = accepted(texts, CASES["zh"])
    started = time.perf_counter()
    documents.pdf(agreement, "Asia/Shanghai")
    assert time.perf_counter() - started < 10  # about 0.6 s here; a generous bound for slow CI


# --- fonts that are not there ---------------------------------------------------------------------


def test_no_chinese_font_is_a_clear_error_not_empty_boxes(
    texts: Texts, documents: AgreementDocuments, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.operations.document"):
        without = AgreementDocuments(
            texts, DocumentConfig(cjk_font=["/nonexistent/wqy-microhei.ttc"])
        )
    assert "Chinese agreements cannot be sent as PDF" in caplog.text
    assert "document.cjk_font" in caplog.text
    with pytest.raises(
        ConfigError,
        match=r"document\.cjk_font: none of these font files exists: "
        r"/nonexistent/wqy-microhei\.ttc; .*fonts-wqy-microhei",
    ):
        without.pdf(accepted(texts, CASES["zh"]), "Asia/Shanghai")
    # English and Hungarian need no Chinese font.
    assert without.pdf(accepted(texts, CASES["hu"]), "Europe/Budapest").startswith(b"%PDF")


def test_no_regular_font_is_a_clear_error(texts: Texts) -> None:
    without = AgreementDocuments(texts, DocumentConfig(regular_font=[]))
    with pytest.raises(ConfigError, match=r"document\.regular_font: .*fonts-dejavu-core"):
        without.pdf(accepted(texts, CASES["en"]), "Europe/London")


def test_a_character_no_font_has_is_an_error(texts: Texts, documents: AgreementDocuments) -> None:
    agreement = accepted(texts, CASES["en"])
    agreement.text += "\n\U0001f642"
    with pytest.raises(ConfigError, match=r"no glyph for U\+1F642"):
        documents.pdf(agreement, "Europe/London")


def test_the_document_section_takes_a_path_or_a_list_and_a_face_number(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("OVERDUE_BOT_DOCUMENT__WORKERS", raising=False)  # the tests' own setting
    config = load_settings(None, document={"cjk_font": "/fonts/NotoSansCJK-Regular.ttc#2"}).document
    assert config.cjk_font == ["/fonts/NotoSansCJK-Regular.ttc#2"]
    assert FontFile.parse(config.cjk_font[0]) == FontFile(
        FontFile.parse("/fonts/NotoSansCJK-Regular.ttc").path, 2
    )
    with pytest.raises(ConfigError, match=r"document\.cjk_font: .*face number"):
        load_settings(None, document={"cjk_font": ["/fonts/x.ttc#SC"]})
    assert (
        load_settings(Path(__file__).parents[2] / "config.example.toml").document
        == DocumentConfig()
    )
