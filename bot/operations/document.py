"""The agreement as a PDF the cardholder keeps: exactly the text they accepted, and proof of it.

Choices, and why:

- **fpdf2** (already a dependency): pure Python, embeds fonts as subsets (only the glyphs used,
  so a 60-payment Chinese agreement is tens of KB, not the 5 MB font) and falls back glyph by
  glyph from one font to the next, so a line may mix Hungarian, digits and Chinese.
- **The stored Telegram HTML is the source** (``Agreement.text``), split here into lines of
  bold/plain runs with :mod:`html.parser`. fpdf2's ``write_html`` collapses the ``\\n`` line
  breaks Telegram HTML relies on, and its markdown mode would read ``**`` or ``--`` in the text
  as markup. Every word of the text is printed, in order: a first line in bold becomes the
  title, other bold lines headings, and the schedule's rows (``1. date — amount``) a table
  (the dash becomes the column gap). Everything else on the page — running header, the
  table's headings, the footer — comes from ``_agreement_document.j2`` through the catalogs.
- **Fonts come from the system**, never from the repository: DejaVu Sans (Latin with ő/ű) and a
  Chinese font (WenQuanYi Micro Hei by default), Debian packages that ``make fonts`` installs;
  ``[document]`` in the configuration names the files. A character no font has is a
  :class:`~bot.config.ConfigError`, never a PDF with empty boxes.
- **Reproducible**: the creation date is the acceptance time, so the same agreement always
  gives the same bytes.

Building is CPU work, mostly reading the font files (fpdf2 reads each font for every document,
and cuts the subset it embeds from the whole font): a fraction of a second, more for Chinese.
From async code call it in a thread (``await asyncio.to_thread(documents.pdf, agreement,
timezone)``) or a worker process (:class:`bot.channels.telegram.documents.PdfMaker`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Protocol, cast
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from fpdf import FPDF, FontFace
from fpdf.enums import TextMode, WrapMode
from fpdf.fonts import TTFFont

from bot.config import ConfigError, DocumentConfig
from bot.storage.models import Agreement
from bot.texts import Texts, babel_locale, html_to_text

log = logging.getLogger(__name__)

TEMPLATE = "_agreement_document.j2"
#: A schedule row as ``dialogs/templates/_macros.j2`` writes it: ``12. <date> — <amount>``.
SCHEDULE_ROW = re.compile(r"^(\d+\.) (.+?) — (.+)$")
#: fpdf2's alias for the number of pages, filled in when the document is finished.
PAGES = "{nb}"
_SANS, _CJK = "sans", "cjk"
_BODY_PT, _LINE_MM, _SMALL_PT = 10.5, 5.6, 7.5
_MARGIN_MM, _TOP_MM, _BOTTOM_MM = 18.0, 22.0, 26.0
_GREY = 105
_INSTALL_HINT = "install Debian's fonts-dejavu-core and fonts-wqy-microhei (`make fonts`)"


# --- the text: lines of runs ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of one line in one style."""

    text: str
    bold: bool = False


class _Runs(HTMLParser):
    """Telegram HTML to lines of runs: ``<b>``/``<strong>`` is bold, other tags keep their text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.bold = 0
        self.lines: list[list[Run]] = [[]]

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("b", "strong"):
            self.bold += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("b", "strong"):
            self.bold = max(0, self.bold - 1)

    def handle_data(self, data: str) -> None:
        for index, piece in enumerate(data.split("\n")):
            if index:
                self.lines.append([])
            if piece:
                self.lines[-1].append(Run(piece, self.bold > 0))


def lines_of(html: str) -> list[tuple[Run, ...]]:
    """The lines of a Telegram HTML text; their plain text is :func:`bot.texts.html_to_text`'s."""
    parser = _Runs()
    parser.feed(html)
    parser.close()
    return [tuple(line) for line in parser.lines]


# --- fonts ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FontFile:
    """A font file, and for a collection (``.ttc``) the face in it (``path#face`` in the config)."""

    path: Path
    face: int = 0

    @classmethod
    def parse(cls, spec: str) -> FontFile:
        path, hash_sign, face = spec.rpartition("#")
        return cls(Path(path), int(face)) if hash_sign else cls(Path(spec))


def _first(specs: Sequence[str]) -> FontFile | None:
    return next((font for font in map(FontFile.parse, specs) if font.path.is_file()), None)


@dataclass(frozen=True, slots=True)
class Fonts:
    """The font files found for ``[document]``; ``None`` where no file of the list exists."""

    regular: FontFile | None
    bold: FontFile | None
    cjk: FontFile | None

    @classmethod
    def find(cls, config: DocumentConfig) -> Fonts:
        return cls(_first(config.regular_font), _first(config.bold_font), _first(config.cjk_font))


def _add_font(pdf: FPDF, family: str, style: str, font: FontFile) -> None:
    """``pdf.add_font`` for ``font`` (a face of a font collection, or a plain file)."""
    pdf.add_font(family, style, font.path, collection_font_number=font.face)


# --- the words around the text --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Words:
    """What the page says besides the agreement, in its language (from the catalogs)."""

    title: str
    header: str
    headings: tuple[str, str, str]
    footer: str
    fingerprint: str
    page: Callable[[int], str]


class _DocumentTemplate(Protocol):
    """What ``_agreement_document.j2`` exports, its ``{% set %}`` values and its ``page`` macro:
    Jinja types a template's module without the names the template defines."""

    title: object
    header: object
    headings: list[object]
    footer: object
    fingerprint: object

    def page(self, number: int) -> object: ...


def _truetype(pdf: FPDF, family: str) -> TTFFont:
    """A font of the document: always a TrueType file here, never one of the PDF core fonts."""
    font = pdf.fonts[family]
    assert isinstance(font, TTFFont)
    return font


class _Pdf(FPDF):
    """A4 pages with the running header and the footer."""

    def __init__(self, words: _Words, cjk: bool) -> None:
        super().__init__(format="A4")
        self.words = words
        self.wrap = WrapMode.CHAR if cjk else WrapMode.WORD  # Chinese breaks between characters
        self.set_margins(_MARGIN_MM, _TOP_MM, _MARGIN_MM)
        self.set_auto_page_break(True, margin=_BOTTOM_MM)
        self.alias_nb_pages(PAGES)

    def header(self) -> None:
        self._small()
        self.set_y(10)
        self.cell(0, 4, self.words.header, new_x="LMARGIN", new_y="NEXT")
        self.line(_MARGIN_MM, 15, self.w - _MARGIN_MM, 15)
        self.set_text_color(0)
        self.set_y(_TOP_MM)

    def footer(self) -> None:
        self._small()
        self.line(_MARGIN_MM, self.h - 21, self.w - _MARGIN_MM, self.h - 21)
        page = self.words.page(self.page_no())
        self.set_y(-19)
        self.cell(0, 4, page, align="R")
        self.set_x(_MARGIN_MM)
        self.multi_cell(
            self.epw - self.get_string_width(page) - 6,
            4,
            self.words.footer,
            new_x="LMARGIN",
            new_y="NEXT",
            wrapmode=self.wrap,
        )
        self.cell(0, 4, self.words.fingerprint)
        self.set_text_color(0)

    def _small(self) -> None:
        self.set_font(_SANS, "", _SMALL_PT)
        self.set_text_color(_GREY)
        self.set_draw_color(190)
        self.set_line_width(0.2)


# --- the document ---------------------------------------------------------------------------------


class AgreementDocuments:
    """Makes the PDF of an accepted agreement. One per process: the fonts are looked up once."""

    def __init__(self, texts: Texts, config: DocumentConfig) -> None:
        self.texts = texts
        self.config = config
        self.fonts = Fonts.find(config)
        if self.fonts.regular is None:
            log.error("agreement documents: %s", self._no_font("regular_font"))
        if self.fonts.cjk is None:
            log.warning(
                "agreement documents: %s; Chinese agreements cannot be sent as PDF",
                self._no_font("cjk_font"),
            )

    def pdf(self, agreement: Agreement, timezone: str) -> bytes:
        """The agreement as PDF bytes; ``timezone`` is the cardholder's (IANA name).

        Raises :class:`ConfigError` when the configured fonts cannot show every character.
        """
        accepted = _aware(agreement.accepted_at).astimezone(ZoneInfo(timezone))
        lines = lines_of(agreement.text)
        words = self._words(agreement, accepted)
        pdf = _Pdf(words, cjk=agreement.language == "zh")
        try:
            self._fonts(pdf, agreement, words, lines)
            self._describe(pdf, agreement, words, accepted)
            pdf.add_page()
            self._body(pdf, lines, words.headings)
            return bytes(pdf.output())  # closes the font files
        except BaseException:
            for font in pdf.fonts.values():
                if isinstance(font, TTFFont):  # all of them: a PDF core font is never used here
                    font.close()
            raise

    def filename(self, agreement: Agreement, timezone: str) -> str:
        """The file's name in the cardholder's language: ``Repayment agreement 2026-11-23.pdf``."""
        day = _aware(agreement.accepted_at).astimezone(ZoneInfo(timezone)).date()
        title = self.texts.translations(agreement.language).gettext("Repayment agreement")
        return f"{title} {day.isoformat()}.pdf"

    def _words(self, agreement: Agreement, accepted: datetime) -> _Words:
        language = agreement.language
        module = cast(
            "_DocumentTemplate",
            self.texts.environment(language)
            .get_template(TEMPLATE)
            .make_module(
                {
                    "bank": {"name": self.texts.bank.name(language)},
                    "accepted_at": format_datetime(
                        accepted,
                        "long",
                        tzinfo=accepted.tzinfo,
                        locale=babel_locale(language, agreement.currency),
                    ),
                    "terms_version": agreement.terms_version,
                    "sha256": agreement.sha256,
                    "pages": PAGES,
                    "language": language,
                }
            ),
        )
        plain: Callable[[Any], str] = lambda value: html_to_text(str(value)).strip()  # noqa: E731
        first, second, third = (plain(heading) for heading in module.headings)
        return _Words(
            title=plain(module.title),
            header=plain(module.header),
            headings=(first, second, third),
            footer=plain(module.footer),
            fingerprint=plain(module.fingerprint),
            page=lambda number: plain(module.page(number)),
        )

    def _fonts(
        self, pdf: _Pdf, agreement: Agreement, words: _Words, lines: list[tuple[Run, ...]]
    ) -> None:
        """The fonts the text needs, or a ConfigError naming the one missing."""
        if self.fonts.regular is None:
            raise ConfigError(self._no_font("regular_font"))
        printed = [run.text for line in lines for run in line]
        printed += [words.header, words.footer, words.fingerprint, words.page(1), *words.headings]
        wanted = {ord(char) for text in printed for char in text} - {ord("\t")}
        regular, bold = self.fonts.regular, self.fonts.bold or self.fonts.regular
        _add_font(pdf, _SANS, "", regular)
        _add_font(pdf, _SANS, "B", bold)
        missing = wanted - set(_truetype(pdf, _SANS).cmap)
        if missing and self.fonts.cjk is None:
            log.error("agreement %s: %s", agreement.id, self._no_font("cjk_font"))
            raise ConfigError(self._no_font("cjk_font"))
        if missing:
            cjk = self.fonts.cjk
            assert cjk is not None
            _add_font(pdf, _CJK, "", cjk)
            # Bold Chinese has no face of its own: the regular one, stroked (see _write).
            pdf.set_fallback_fonts([_CJK], exact_match=False)
            missing -= set(_truetype(pdf, _CJK).cmap)
        if missing:
            shown = ", ".join(f"U+{code:04X}" for code in sorted(missing)[:10])
            raise ConfigError(
                f"document: the configured fonts have no glyph for {shown}; "
                "set document.regular_font or document.cjk_font to fonts that do"
            )

    def _describe(self, pdf: _Pdf, agreement: Agreement, words: _Words, accepted: datetime) -> None:
        """Title, author, language; the acceptance time as creation date: reproducible bytes."""
        pdf.set_title(words.title)
        pdf.set_author(self.texts.bank.name(agreement.language))
        pdf.set_lang({"zh": "zh-CN"}.get(agreement.language, agreement.language))
        pdf.set_creator("overdue-bot")
        pdf.set_creation_date(accepted)

    def _no_font(self, key: str) -> str:
        tried = ", ".join(getattr(self.config, key)) or "(empty list)"
        return (
            f"document.{key}: none of these font files exists: {tried}; "
            f"{_INSTALL_HINT} or set the path"
        )

    def _body(
        self, pdf: _Pdf, lines: list[tuple[Run, ...]], headings: tuple[str, str, str]
    ) -> None:
        rows: list[tuple[str, ...]] = []
        titled = False
        for line in lines:
            text = "".join(run.text for run in line)
            row = None if any(run.bold for run in line) else SCHEDULE_ROW.match(text)
            if row:
                rows.append(row.groups())
                continue
            if rows:
                _schedule(pdf, headings, rows)
                rows = []
            if not text.strip():
                pdf.ln(_LINE_MM * 0.6)
            elif all(run.bold for run in line if run.text.strip()):
                size = _BODY_PT + 2 if titled else 17  # the first bold line is the title
                _write(pdf, [Run(text, True)], size, size * 0.55)
                titled = True
            else:
                _write(pdf, list(line), _BODY_PT, _LINE_MM)
                titled = True
        if rows:
            _schedule(pdf, headings, rows)


def _write(pdf: _Pdf, runs: list[Run], size: float, height: float) -> None:
    """One line of the text, wrapped at the margin; bold Chinese (no bold face) drawn stroked."""
    pdf.set_x(pdf.l_margin)
    for run in runs:
        pdf.set_font(_SANS, "B" if run.bold else "", size)
        latin = _truetype(pdf, _SANS).cmap
        stroked = (
            run.bold and _CJK in pdf.fonts and any(ord(char) not in latin for char in run.text)
        )
        if stroked:
            pdf.text_mode = TextMode.FILL_STROKE
            pdf.set_draw_color(0)
            pdf.set_line_width(0.25)
        pdf.write(height, run.text, wrapmode=pdf.wrap)
        pdf.text_mode = TextMode.FILL
    pdf.ln(height)


def _schedule(pdf: _Pdf, headings: tuple[str, str, str], rows: list[tuple[str, ...]]) -> None:
    """The payment dates as a table; its headings are repeated on each page it runs onto."""
    pdf.set_font(_SANS, "", _BODY_PT)
    pdf.set_draw_color(200)
    pdf.set_line_width(0.2)
    pdf.ln(1)
    with pdf.table(
        width=124,
        col_widths=(2.6, 5.4, 4),
        align="LEFT",
        text_align=("RIGHT", "LEFT", "RIGHT"),
        borders_layout="HORIZONTAL_LINES",
        cell_fill_color=246,
        cell_fill_mode="ROWS",
        headings_style=FontFace(emphasis="BOLD"),
        line_height=_LINE_MM,
        padding=(0.6, 2),
        wrapmode=pdf.wrap,
    ) as table:
        table.row(headings)
        for row in rows:
            table.row(row)
    pdf.ln(2)


def _aware(moment: datetime) -> datetime:
    """Stored times are UTC; SQLite may hand them back without their zone."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
