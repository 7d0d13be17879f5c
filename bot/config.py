"""Configuration: one pydantic model per section of ``config.toml``.

Read from the file named by ``--config`` or ``OVERDUE_BOT_CONFIG``; any key can be overridden
from the environment (``OVERDUE_BOT_TELEGRAM__TOKEN``), which is where secrets belong.
Unknown keys are errors: a typo in a policy must stop the bot, not silently loosen it.
"""

from __future__ import annotations

import os
import tomllib
from datetime import time
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from dialogs.domain.money import SUPPORTED_CURRENCIES
from dialogs.domain.policy import Policy, Pricing
from dialogs.domain.reminding import ReminderTiming

Language = Literal["en", "hu", "zh"]  # LANGUAGES, as a type (a test checks they agree)
CONFIG_ENV = "OVERDUE_BOT_CONFIG"


def _timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r}") from None
    return name


TimeZoneName = Annotated[str, AfterValidator(_timezone)]
Rate = Annotated[Decimal, Field(ge=0, le=1)]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Localized(Section):
    """A text the bank writes itself, once per language (contacts, how to pay)."""

    en: str
    hu: str
    zh: str

    def __call__(self, language: str) -> str:
        return str(getattr(self, language, self.en))


class TelegramConfig(Section):
    token: SecretStr = SecretStr("")
    api_base: str = "https://api.telegram.org"
    bot_username: str = "OverdueCardBot"
    mode: Literal["polling", "webhook"] = "polling"
    webhook_url: str = ""
    webhook_path: str = "/telegram/webhook"
    webhook_secret: SecretStr = SecretStr("")
    listen_host: str = "127.0.0.1"
    listen_port: int = Field(8080, ge=1, le=65535)
    tasks_concurrency_limit: int = Field(64, ge=1)

    @model_validator(mode="after")
    def _webhook_needs_url(self) -> TelegramConfig:
        if self.mode == "webhook" and not self.webhook_url:
            raise ValueError("webhook mode needs telegram.webhook_url")
        return self


class DatabaseConfig(Section):
    url: str = "sqlite:///overdue-bot.db"
    #: Log every SQL statement, without its values (they hold personal data), at INFO.
    echo: bool = False
    #: Whether a command that opens the database (``run``, ``demo``, the imports …) first
    #: upgrades a schema that is behind; unset: on SQLite yes, on PostgreSQL no (there
    #: ``overdue-bot db upgrade`` does it, before the instances are rolled).
    upgrade_on_start: bool | None = None


def _level_name(value: Any) -> Any:
    return value.upper() if isinstance(value, str) else value


class LoggingConfig(Section):
    """The ``[logging]`` section: how much ``overdue-bot run`` writes to standard error."""

    level: Annotated[
        Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"], BeforeValidator(_level_name)
    ] = "INFO"


class BankConfig(Section):
    # The Chinese texts are punctuated as Chinese is (full-width): hence `noqa: RUF001`.
    name: Localized = Localized(en="Example Bank", hu="Példa Bank", zh="示例银行")
    contact: Localized = Localized(
        en="+1 800 555 0100, help@example.com",
        hu="+36 1 555 0100, segitseg@example.com",
        zh="95500，help@example.com",  # noqa: RUF001
    )
    how_to_pay: Localized = Localized(
        en="Pay by bank transfer to the card account, or in the bank's app under Cards > Pay.",
        hu=(
            "Fizethet banki átutalással a kártyaszámlára, "
            "vagy a bank alkalmazásában: Kártyák > Befizetés."
        ),
        zh="您可以通过银行转账还款至信用卡账户，或在银行App中选择“信用卡 > 还款”。",  # noqa: RUF001
    )
    debt_advice: Localized = Localized(
        en="Free, independent debt advice: StepChange 0800 138 1111, stepchange.org",
        hu="Ingyenes adósságtanácsadás: Magyar Nemzeti Bank Pénzügyi Navigátor, 80/203-776",
        zh="免费债务咨询：中国银行业协会消费者服务热线 12378",  # noqa: RUF001
    )
    crisis_help: Localized = Localized(
        en="If you are in crisis, you can call Samaritans on 116 123 at any time, free.",
        hu=(
            "Ha nagyon nehéz most, "
            "a Lelki Elsősegély Telefonszolgálat éjjel-nappal hívható: 116 123."
        ),
        zh="如果您正处于困境，可随时拨打心理援助热线 12356。",  # noqa: RUF001
    )
    default_language: Language = "en"
    default_timezone: TimeZoneName = "UTC"
    invite_valid_days: int = Field(14, ge=1, le=90)
    #: Failed invite attempts a Telegram user may make in an hour, and an account's links may
    #: meet in a day, before the answer is only "too many attempts" (bot/operations/attempts.py).
    invite_failures_per_user_hour: int = Field(5, ge=1, le=1000)
    invite_failures_per_account_day: int = Field(10, ge=1, le=10000)


_DEFAULT_TIMING = ReminderTiming()


class RemindersConfig(Section):
    """The ``[reminders]`` section: when reminders fall (:meth:`to_timing`), how they are sent."""

    days_before: int = Field(_DEFAULT_TIMING.days_before, ge=0, le=14)
    on_due_day: bool = _DEFAULT_TIMING.on_due_day
    grace_days: int = Field(_DEFAULT_TIMING.grace_days, ge=1, le=30)
    send_at: time = _DEFAULT_TIMING.send_at
    quiet_start: time = _DEFAULT_TIMING.quiet_start
    quiet_end: time = _DEFAULT_TIMING.quiet_end
    weekly_cap: int = Field(_DEFAULT_TIMING.weekly_cap, ge=1, le=50)
    send_rate_per_second: float = Field(25, gt=0, le=30)
    per_chat_interval_seconds: float = Field(1, ge=0)
    max_attempts: int = Field(5, ge=1, le=20)
    poll_seconds: float = Field(30, gt=0)
    #: Reminders exist for the instalments due within this many days; the reminder loop makes
    #: the next ones as their day comes nearer (so a schedule change applies to them too).
    horizon_days: int = Field(45, ge=15, le=3660)

    @model_validator(mode="after")
    def _quiet_hours_have_a_length(self) -> RemindersConfig:
        # in_quiet_hours() reads an empty interval as "never quiet": a typo must not do that.
        if self.quiet_start == self.quiet_end:
            raise ValueError(
                f"quiet_start and quiet_end are both {self.quiet_start:%H:%M}: quiet hours "
                "need an end different from their start (no reminder is sent between them)"
            )
        return self

    def to_timing(self) -> ReminderTiming:
        """The fields that say when reminders fall, as the frozen value the planning takes."""
        return ReminderTiming(**self.model_dump(include=set(ReminderTiming.__dataclass_fields__)))


class SpecialistsConfig(Section):
    chat_id: int | None = None
    user_ids: list[int] = []
    timezone: TimeZoneName = "UTC"
    working_start: time = time(9, 0)
    working_end: time = time(18, 0)
    working_days: list[Annotated[int, Field(ge=1, le=7)]] = [1, 2, 3, 4, 5]
    realert_minutes: int = Field(30, ge=1)
    #: The language of the desk (topic names, summary cards, replies);
    #: default: bank.default_language.
    language: Language | None = None
    #: How often the desk loop looks for work when nothing wakes it (seconds).
    poll_seconds: float = Field(60, gt=0)


def _font_paths(value: Any) -> Any:
    """One path or a list of them; ``path#N`` picks face N of a font collection (.ttc)."""
    paths = [value] if isinstance(value, str) else value
    for path in paths if isinstance(paths, list) else []:
        if isinstance(path, str) and "#" in path and not path.rpartition("#")[2].isdigit():
            raise ValueError(f"{path!r}: after # comes the face number in the collection")
    return paths


FontPaths = Annotated[list[str], BeforeValidator(_font_paths)]


class DocumentConfig(Section):
    """Fonts of the agreement PDF; of each list the first file that exists is used.

    Defaults are where Debian's fonts-dejavu-core and fonts-wqy-microhei put them (``make fonts``).
    """

    regular_font: FontPaths = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]
    bold_font: FontPaths = ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"]
    cjk_font: FontPaths = [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    ]
    #: Processes that make PDFs (a Chinese one takes about half a second of CPU); 0: a thread of
    #: the bot's own process, which then pauses everything else while it works.
    workers: int = Field(1, ge=0, le=16)


#: The policy when ``[policy]`` says nothing: the defaults are the domain's own.
_DEFAULT_POLICY = Policy()


class PolicyConfig(Section):
    """The ``[policy]`` section: what the bank is willing to agree to without a person.

    Validated here; the dialogue and the arithmetic take it as the plain value
    :meth:`to_policy` makes (each field is documented in ``config.example.toml``).
    """

    terms_version: str = _DEFAULT_POLICY.terms_version
    pricing: Pricing = _DEFAULT_POLICY.pricing
    instalment_terms: list[Annotated[int, Field(ge=2, le=60)]] = list(
        _DEFAULT_POLICY.instalment_terms
    )
    instalment_annual_rate: Rate = _DEFAULT_POLICY.instalment_annual_rate
    monthly_fee_rate: Rate = _DEFAULT_POLICY.monthly_fee_rate
    hardship_term_months: int = Field(_DEFAULT_POLICY.hardship_term_months, ge=2, le=60)
    max_term_months: int = Field(_DEFAULT_POLICY.max_term_months, ge=2, le=60)
    affordability_share: Rate = _DEFAULT_POLICY.affordability_share
    late_fee: dict[str, Annotated[Decimal, Field(ge=0)]] = dict(_DEFAULT_POLICY.late_fee)
    #: Whether the card's annual fee and other charges stop while a plan runs
    #: (stated in the agreement).
    annual_fee_waived: bool = _DEFAULT_POLICY.annual_fee_waived
    settlement_discount: Rate = _DEFAULT_POLICY.settlement_discount
    settlement_min_days_past_due: int = Field(_DEFAULT_POLICY.settlement_min_days_past_due, ge=0)
    settlement_due_days: int = Field(_DEFAULT_POLICY.settlement_due_days, ge=1, le=60)
    holiday_max_months: int = Field(_DEFAULT_POLICY.holiday_max_months, ge=1, le=3)
    holiday_repayment_months: int = Field(_DEFAULT_POLICY.holiday_repayment_months, ge=2, le=60)
    first_due_days: int = Field(_DEFAULT_POLICY.first_due_days, ge=1, le=45)
    min_recovery: Rate = _DEFAULT_POLICY.min_recovery
    discount_annual_rate: Rate = _DEFAULT_POLICY.discount_annual_rate
    max_options: int = Field(_DEFAULT_POLICY.max_options, ge=1, le=6)
    max_renegotiations: int = Field(_DEFAULT_POLICY.max_renegotiations, ge=0, le=5)
    identity_attempts: int = Field(_DEFAULT_POLICY.identity_attempts, ge=1, le=5)
    unrecognised_before_person: int = Field(_DEFAULT_POLICY.unrecognised_before_person, ge=1, le=10)
    silence_nudge_hours: int = Field(_DEFAULT_POLICY.silence_nudge_hours, ge=1)
    silence_handoff_hours: int = Field(_DEFAULT_POLICY.silence_handoff_hours, ge=1)

    @field_validator("late_fee")
    @classmethod
    def _known_currencies(cls, value: dict[str, Decimal]) -> dict[str, Decimal]:
        unknown = set(value) - SUPPORTED_CURRENCIES
        if unknown:
            raise ValueError(f"unknown currency {sorted(unknown)[0]}")
        return value

    def to_policy(self) -> Policy:
        """This section as the frozen value the dialogue and the arithmetic take: the same
        fields and values (``Decimal`` stays ``Decimal``), a tuple of terms and a read-only
        mapping of late fees."""
        return Policy(**self.model_dump())


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="OVERDUE_BOT_",
        env_nested_delimiter="__",
        extra="forbid",
        frozen=True,
    )

    telegram: TelegramConfig = TelegramConfig()
    database: DatabaseConfig = DatabaseConfig()
    bank: BankConfig = BankConfig()
    policy: PolicyConfig = PolicyConfig()
    reminders: RemindersConfig = RemindersConfig()
    specialists: SpecialistsConfig = SpecialistsConfig()
    document: DocumentConfig = DocumentConfig()
    logging: LoggingConfig = LoggingConfig()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The environment wins over the file, so a secret never has to be written down.
        return (env_settings, init_settings)

    @cached_property
    def policy_value(self) -> Policy:
        """The ``[policy]`` section as the dialogue and the arithmetic take it.

        Made on first use and kept: settings are frozen. (``model_copy(update=...)`` would keep
        it too; changed settings come from :func:`load_settings`.)
        """
        return self.policy.to_policy()


class ConfigError(Exception):
    """A configuration problem, worded for the operator, naming the key."""


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Settings from ``path`` (or ``$OVERDUE_BOT_CONFIG``), the environment and ``overrides``.

    With neither a path nor the variable, the built-in defaults apply (the terminal demo).
    """
    path = path or os.environ.get(CONFIG_ENV)
    data: dict[str, Any] = {}
    if path:
        file = Path(path)
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"configuration file not found: {file}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{file}: not valid TOML: {exc}") from None
    for section, values in overrides.items():
        data.setdefault(section, {}).update(values)
    try:
        return Settings(**data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc)) from None


def _describe(exc: ValidationError) -> str:
    lines = []
    for error in exc.errors():
        key = ".".join(str(part) for part in error["loc"]) or "(top level)"
        if error["type"] == "extra_forbidden":
            message = "unknown key"
        elif error["type"] == "value_error":  # our own words, without pydantic's "Value error, "
            message = str(error.get("ctx", {}).get("error", error["msg"]))
        else:
            message = error["msg"]
        lines.append(f"{key}: {message}")
    return "invalid configuration:\n  " + "\n  ".join(lines)
