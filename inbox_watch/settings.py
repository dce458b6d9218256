"""Settings: a TOML file plus INBOX_WATCH_* environment variables (pydantic-settings).

The only module that reads the environment or the config file; secrets stay in SecretStr.
"""

from __future__ import annotations

import functools
import ipaddress
import os
import tomllib
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from inbox_watch.core.lifecycle import DEFAULT_ESCALATE_AFTER, DEFAULT_WARN_DAYS
from inbox_watch.core.models import AutoTrack
from inbox_watch.core.vendors import (
    BUILTIN_VENDORS,
    DEFAULT_RESPONSE_DAYS,
    HELPDESK_STYLES,
    VendorProfile,
    make_vendor,
    merge_vendors,
    slugify,
    ticket_pattern_problem,
)
from inbox_watch.errors import ConfigError

APP_NAME = "inbox-watch"
CONFIG_ENV = "INBOX_WATCH_CONFIG"
JUNK = "\\Junk"
SENT = "\\Sent"
DEFAULT_PORTS = {"tls": 993, "starttls": 143, "none": 143}

_config_file: ContextVar[Path | None] = ContextVar("inbox_watch_config_file", default=None)


@functools.cache
def builtin_vendors() -> tuple[VendorProfile, ...]:
    """OpenAI and the shipped catalogue (vendors.toml), read on first use only."""
    from inbox_watch.core.catalogue import parse_catalogue

    text = resources.files("inbox_watch").joinpath("vendors.toml").read_text("utf-8")
    catalogue, problems = parse_catalogue(tomllib.loads(text))
    if problems:  # a packaging mistake, caught by the tests
        raise ConfigError(f"shipped vendors.toml is broken: {'; '.join(problems)}.")
    return (*BUILTIN_VENDORS, *catalogue)


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def default_store_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME)) / "inbox-watch.sqlite3"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class StoreSettings(_Section):
    path: Path = Field(default_factory=default_store_path)


class OAuth2Settings(_Section):
    """``[accounts.oauth2]``: the user's own OAuth2 app; endpoints default to the preset."""

    client_id: str
    client_secret: SecretStr | None = None
    """Google's "Desktop app" clients have one (not confidential for installed apps)."""
    flow: Literal["device", "loopback"] = "device"
    token_url: str
    authorization_url: str | None = None
    device_authorization_url: str | None = None
    scopes: tuple[str, ...] = ()
    mechanism: Literal["xoauth2", "oauthbearer"] = "xoauth2"
    redirect_port: int = Field(default=0, ge=0, le=65535)
    """Loopback flow: the port of http://127.0.0.1:<port>/ (0: any free port)."""


class AccountSettings(_Section):
    name: str
    host: str
    port: int | None = None
    security: Literal["tls", "starttls", "none"] = "tls"
    username: str
    password: SecretStr | None = None
    password_env: str | None = None
    password_command: str | None = None
    password_keyring: bool = False
    """Read the password from the system keyring (``inbox-watch init`` stores it there)."""
    auth: Literal["password", "oauth2"] = "password"
    oauth2: OAuth2Settings | None = None
    provider: str | None = None
    """The provider preset this account was made from (``gmail``); for doctor's advice."""
    ca_file: Path | None = None
    folders: tuple[str, ...] = ("INBOX", JUNK, SENT)
    """``\\Junk`` and ``\\Sent`` stand for the spam and Sent folders, whatever the server
    calls them; the Sent folder is read (never changed) for the user's own mail."""
    addresses: tuple[str, ...] = ()
    authserv_id: str | None = None
    timeout: float = 30.0
    allow_drafts: bool = False
    """Let `inbox-watch followup --draft` add a follow-up to the Drafts folder: the only
    change inbox-watch may ever make to this mailbox."""

    @property
    def resolved_port(self) -> int:
        return self.port or DEFAULT_PORTS[self.security]

    @property
    def own_addresses(self) -> tuple[str, ...]:
        """The user's own addresses: configured, else the username when it is one."""
        if self.addresses:
            return tuple(address.lower() for address in self.addresses)
        return (self.username.lower(),) if "@" in self.username else ()

    @property
    def host_is_loopback(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False


class VendorSettings(_Section):
    name: str
    domains: tuple[str, ...]
    helpdesk: str = "generic"
    ticket_patterns: tuple[str, ...] = ()
    not_support_senders: tuple[str, ...] = ()
    response_days: int | None = None

    @field_validator("helpdesk")
    @classmethod
    def _known_helpdesk(cls, value: str) -> str:
        if value not in HELPDESK_STYLES:
            known = ", ".join(sorted(HELPDESK_STYLES))
            raise ValueError(f"unknown helpdesk {value!r}; known: {known}")
        return value

    @field_validator("ticket_patterns")
    @classmethod
    def _patterns_compile(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in patterns:
            problem = ticket_pattern_problem(pattern)
            if problem is not None:
                raise ValueError(f"ticket pattern {pattern!r} {problem}")
        return patterns

    @field_validator("domains")
    @classmethod
    def _has_domains(cls, domains: tuple[str, ...]) -> tuple[str, ...]:
        if not domains or not all("." in domain for domain in domains):
            raise ValueError('list at least one sender domain, like "acme.com"')
        return domains


class SentSettings(_Section):
    """``[sent]``: what a new mail the user sent to a vendor does."""

    auto_track: AutoTrack = "ask"
    """``"ask"``: it is proposed (`track accept N`); true: tracked at once; false: ignored."""
    vendors: dict[str, AutoTrack] = Field(default_factory=dict)
    """The same choice per vendor slug: ``vendors = { openai = true }``."""


class ScanSettings(_Section):
    since_days: int = Field(default=90, ge=1)
    """How far back the first scan of a folder looks when nothing older is tracked."""
    body_bytes: int = Field(default=262_144, ge=4096)
    """At most this many bytes of a vendor's message are downloaded."""


class DaemonSettings(_Section):
    """``inbox-watch run``: how folders are watched and how reconnects back off."""

    idle: bool = True
    """Use IMAP IDLE on INBOX when the server offers it (else INBOX is polled too)."""
    poll_interval: float = Field(default=60.0, gt=0)
    """Seconds between checks of the spam folder, and of every folder without IDLE."""
    idle_reissue: float = Field(default=600.0, gt=0, le=1740)
    """Seconds after which IDLE is ended, the folder checked and IDLE issued again
    (RFC 2177 allows at most 29 minutes)."""
    reconnect_min: float = Field(default=1.0, gt=0)
    reconnect_max: float = Field(default=300.0, gt=0)
    """Backoff after a dropped connection: from reconnect_min doubling to reconnect_max."""
    auth_retry_min: float = Field(default=300.0, gt=0)
    auth_retry_max: float = Field(default=3600.0, gt=0)
    """Backoff after a refused login: slow, so that a wrong password is not hammered."""
    heartbeat: float = Field(default=30.0, gt=0)
    """Seconds between the daemon's health records (what `status` reads)."""


NotifyEvent = Literal["reply", "spam", "needs_answer", "overdue"]
NOTIFY_EVENTS: tuple[NotifyEvent, ...] = ("reply", "spam", "needs_answer", "overdue")


class NotifySettings(_Section):
    """Notifications sent by the daemon through apprise URLs."""

    urls: tuple[SecretStr, ...] = ()
    """apprise URLs (desktop, mailto, Slack, ntfy, Telegram, json:// webhooks...)."""
    events: tuple[NotifyEvent, ...] = NOTIFY_EVENTS
    max_age_days: float = Field(default=3.0, gt=0)
    """Replies dated longer ago than this are history (a first scan), not notified."""
    retry_min: float = Field(default=30.0, gt=0)
    retry_max: float = Field(default=3600.0, gt=0)
    max_attempts: int = Field(default=10, ge=1)
    timeout: float = Field(default=10.0, gt=0)
    """Seconds one notification may take per channel."""


class Settings(BaseSettings):
    """Everything configurable. Environment overrides the file:
    ``INBOX_WATCH_STORE__PATH=/tmp/x.sqlite3``."""

    model_config = SettingsConfigDict(
        env_prefix="INBOX_WATCH_",
        env_nested_delimiter="__",
        extra="forbid",
        frozen=True,
    )

    store: StoreSettings = Field(default_factory=StoreSettings)
    accounts: tuple[AccountSettings, ...] = ()
    vendors: tuple[VendorSettings, ...] = ()
    scan: ScanSettings = Field(default_factory=ScanSettings)
    daemon: DaemonSettings = Field(default_factory=DaemonSettings)
    notify: NotifySettings = Field(default_factory=NotifySettings)
    sent: SentSettings = Field(default_factory=SentSettings)
    country: str | None = None
    """ISO country code whose public holidays are not business days (e.g. "US", "DE")."""
    timezone: str | None = None
    """IANA time zone the times in `status` and `digest` are shown in ("Asia/Seoul");
    default: the system's."""
    response_days: int = Field(default=DEFAULT_RESPONSE_DAYS, ge=1)
    warn_days: int = Field(default=DEFAULT_WARN_DAYS, ge=1)
    """Business days without a human reply after which status suggests a follow-up."""
    escalate_after: int = Field(default=DEFAULT_ESCALATE_AFTER, ge=1)
    """Follow-ups left unanswered after which an overdue request is to be escalated."""

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is not None:
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(
                    f'unknown time zone "{value}" (an IANA name such as "Asia/Seoul")'
                ) from None
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_file = _config_file.get()
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if toml_file is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_file))
        return tuple(sources)

    def vendor_profiles(self) -> tuple[VendorProfile, ...]:
        """Every known vendor: OpenAI, the catalogue, then the config's [[vendors]]
        (a configured vendor replaces a built-in one of the same name)."""
        configured = [
            make_vendor(
                vendor.name,
                vendor.domains,
                vendor.helpdesk,
                ticket_patterns=vendor.ticket_patterns,
                not_support_senders=vendor.not_support_senders,
                response_days=vendor.response_days or self.response_days,
            )
            for vendor in self.vendors
        ]
        known = [replace(v, response_days=self.response_days) for v in builtin_vendors()]
        return merge_vendors(known, configured)

    def auto_track_choices(self) -> dict[str, AutoTrack]:
        """``[sent]``'s choice for every known vendor slug."""
        choices: dict[str, AutoTrack] = {
            vendor.slug: self.sent.auto_track for vendor in self.vendor_profiles()
        }
        for name, choice in self.sent.vendors.items():
            choices[slugify(name)] = choice
        return choices

    def require_accounts(self, name: str | None = None) -> tuple[AccountSettings, ...]:
        """The accounts to work on (all, or the one named); a clear error when none is set."""
        if not self.accounts:
            raise ConfigError(
                "no IMAP account is configured.",
                "Run `inbox-watch init`, or add an [[accounts]] section "
                "(see config/inbox-watch.example.toml).",
            )
        return (self.account(name),) if name is not None else tuple(self.accounts)

    def account(self, name: str) -> AccountSettings:
        for account in self.accounts:
            if account.name == name:
                return account
        known = ", ".join(a.name for a in self.accounts) or "none"
        raise ConfigError(f'no account named "{name}" in the config (configured: {known}).')


def resolve_config_path(explicit: Path | None, environ: Mapping[str, str]) -> tuple[Path, bool]:
    """The config file to read, and whether the user named it (then it must exist)."""
    if explicit is not None:
        return explicit, True
    if environ.get(CONFIG_ENV):
        return Path(environ[CONFIG_ENV]), True
    return default_config_path(), False


def load_settings(
    explicit: Path | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Read the config file and the environment; every problem becomes one ConfigError."""
    environ = os.environ if environ is None else environ
    path, named = resolve_config_path(explicit, environ)
    if not path.exists():
        if named:
            raise ConfigError(
                f"config file {path} does not exist.",
                "Copy config/inbox-watch.example.toml there, or fix --config/$INBOX_WATCH_CONFIG.",
            )
        path_to_read = None
    else:
        path_to_read = path
        try:
            with path.open("rb") as handle:
                tomllib.load(handle)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"config file {path} cannot be read: {exc}.") from exc
    token = _config_file.set(path_to_read)
    try:
        settings = Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}"
            for error in exc.errors()
        )
        raise ConfigError(f"config {path} is not valid: {problems}.") from None
    finally:
        _config_file.reset(token)
    _check_accounts(settings)
    return settings


def _check_accounts(settings: Settings) -> None:
    names = [account.name for account in settings.accounts]
    if len(names) != len(set(names)):
        raise ConfigError("two accounts in the config share a name; give each a unique name.")
    for account in settings.accounts:
        sources = [account.password, account.password_env, account.password_command]
        if sum(source is not None for source in sources) + account.password_keyring > 1:
            raise ConfigError(
                f'account "{account.name}": set only one of password, password_env, '
                "password_command, password_keyring."
            )
        if account.auth == "oauth2" and account.oauth2 is None:
            raise ConfigError(
                f'account "{account.name}": auth = "oauth2" needs an [accounts.oauth2] '
                "table with client_id and token_url.",
                "Run inbox-watch init, or see README, OAuth2 set-up.",
            )
        has_password = any(source is not None for source in sources) or account.password_keyring
        if account.auth == "oauth2" and has_password:
            raise ConfigError(
                f'account "{account.name}": auth = "oauth2" uses a token, not a password; '
                "remove the password source."
            )
        if account.security == "none" and not account.host_is_loopback:
            raise ConfigError(
                f'account "{account.name}": security = "none" sends the password in clear '
                f"text to {account.host}; it is only allowed for a loopback host.",
                'Use security = "tls" or "starttls".',
            )
        if account.ca_file is not None and not account.ca_file.is_file():
            raise ConfigError(f'account "{account.name}": ca_file {account.ca_file} not found.')
