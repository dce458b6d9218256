"""Core: mail provider presets as values, guessing a provider from an address, choosing
the sign-in method and the folders to watch. Pure: the table arrives as a parsed mapping.

A *provider* is where the user reads mail (Gmail, Outlook, Naver...); a *preset* is what
inbox-watch knows about it: host, port, security, sign-in methods and the spam folder.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from inbox_watch.core.table_fields import optional_string, problem_reason, string_list


class AuthMethod(StrEnum):
    PASSWORD = "password"  # noqa: S105 (a method name) a password or an app password, sent with IMAP LOGIN
    OAUTH2 = "oauth2"  # an OAuth2 access token, sent with SASL XOAUTH2 / OAUTHBEARER


class OAuth2Flow(StrEnum):
    DEVICE = "device"  # RFC 8628: a code to type in on another device
    LOOPBACK = "loopback"  # RFC 8252: a browser redirects to http://127.0.0.1:<port>/


SECURITIES = ("tls", "starttls")
MECHANISMS = ("xoauth2", "oauthbearer")
GENERIC = "generic"


@dataclass(frozen=True, slots=True)
class OAuth2Preset:
    flow: OAuth2Flow
    token_url: str
    scopes: tuple[str, ...]
    authorization_url: str | None = None
    device_authorization_url: str | None = None
    mechanism: str = "xoauth2"
    setup_url: str | None = None


@dataclass(frozen=True, slots=True)
class Provider:
    key: str
    name: str
    host: str
    domains: tuple[str, ...] = ()
    port: int = 993
    security: str = "tls"
    auth: tuple[AuthMethod, ...] = (AuthMethod.PASSWORD,)
    spam_folder: str | None = None
    app_password_url: str | None = None
    notes: str | None = None
    oauth2: OAuth2Preset | None = None


def domain_of(address: str) -> str | None:
    """The domain of an address, lowercased: ``domain_of("Me@GMail.com") == "gmail.com"``."""
    local, at, domain = address.strip().rpartition("@")
    domain = domain.strip().strip(".").lower()
    if not at or not local or "." not in domain or " " in domain:
        return None
    return domain


def generic_provider(domain: str) -> Provider:
    """The fallback for an unknown domain, as mail clients guess it: ``imap.<domain>:993``."""
    return Provider(key=GENERIC, name=domain, host=f"imap.{domain}", domains=(domain,))


def guess_provider(address: str, providers: Mapping[str, Provider]) -> Provider | None:
    """The preset whose domain is the address's, else the generic ``imap.<domain>`` guess;
    None when ``address`` is not an address.

    ``guess_provider("me@hanmail.net", presets).key == "daum"``
    """
    domain = domain_of(address)
    if domain is None:
        return None
    for provider in providers.values():
        if domain in provider.domains:
            return provider
    return generic_provider(domain)


def choose_auth_method(
    provider: Provider, requested: str | None
) -> tuple[AuthMethod | None, str | None]:
    """The sign-in method to use and, when it cannot be used, why (one line).

    The provider's first method is the default; asking for one it refuses is a problem:
    ``choose_auth_method(outlook, "password") == (None, "Outlook.com ... OAuth2 ...")``.
    """
    if requested is None:
        return provider.auth[0], None
    try:
        method = AuthMethod(requested)
    except ValueError:
        return None, f'unknown sign-in method "{requested}" (use password or oauth2)'
    if method not in provider.auth:
        accepted = " or ".join(m.value for m in provider.auth)
        return (
            None,
            f"{provider.name} does not accept {method.value} sign-in over IMAP; use {accepted}",
        )
    if method is AuthMethod.OAUTH2 and provider.oauth2 is None:
        return None, f"no OAuth2 endpoints are known for {provider.name}"
    return method, None


def choose_watch_folders(
    flagged_spam: str | None,
    spam_by_name: str | None,
    preset_spam: str | None,
    existing: Iterable[str],
) -> tuple[tuple[str, ...], str | None]:
    """The ``folders`` to write into a new config and the spam folder that will be watched.

    A folder flagged ``\\Junk`` is kept as the alias (robust to renames); a spam folder
    found by its usual name is written out by name; the preset's name is used when it
    exists; otherwise INBOX alone, and the caller reports the missing spam folder.
    """
    if flagged_spam is not None:
        return ("INBOX", "\\Junk"), flagged_spam
    if spam_by_name is not None:
        return ("INBOX", spam_by_name), spam_by_name
    if preset_spam is not None:
        by_lower = {name.lower(): name for name in existing}
        found = by_lower.get(preset_spam.lower())
        if found is not None:
            return ("INBOX", found), found
    return ("INBOX",), None


def parse_providers(table: Mapping[str, Any]) -> tuple[dict[str, Provider], list[str]]:
    """Presets from a parsed providers.toml, and one problem line per bad entry (skipped)."""
    providers: dict[str, Provider] = {}
    problems: list[str] = []
    for key, entry in table.items():
        try:
            providers[key] = _parse_provider(key, entry)
        except (KeyError, TypeError, ValueError) as exc:
            problems.append(f"provider {key!r}: {problem_reason(exc)}")
    return providers, problems


def merge_providers(
    base: Mapping[str, Provider], extra: Mapping[str, Provider]
) -> dict[str, Provider]:
    """``base`` with ``extra`` added; an extra preset replaces the base one of its key."""
    return {**base, **extra}


def _parse_provider(key: str, entry: Any) -> Provider:
    if not isinstance(entry, Mapping):
        raise TypeError("must be a table")
    host = entry["host"]
    if not isinstance(host, str) or not host:
        raise TypeError("host must be a host name")
    port = entry.get("port", 993)
    if not isinstance(port, int) or not 0 < port < 65536:
        raise ValueError("port must be a number from 1 to 65535")
    security = entry.get("security", "tls")
    if security not in SECURITIES:
        raise ValueError(f"security must be one of {', '.join(SECURITIES)}")
    methods = string_list(entry.get("auth", ["password"]), "auth")
    auth = tuple(AuthMethod(method) for method in methods)
    if not auth:
        raise ValueError("auth must name at least one method")
    oauth2 = _parse_oauth2(entry["oauth2"]) if "oauth2" in entry else None
    if AuthMethod.OAUTH2 in auth and oauth2 is None:
        raise ValueError('auth lists "oauth2" but there is no [oauth2] table')
    return Provider(
        key=key,
        name=optional_string(entry, "name") or key,
        host=host,
        domains=tuple(d.lower() for d in string_list(entry.get("domains", []), "domains")),
        port=port,
        security=security,
        auth=auth,
        spam_folder=optional_string(entry, "spam_folder"),
        app_password_url=optional_string(entry, "app_password_url"),
        notes=optional_string(entry, "notes"),
        oauth2=oauth2,
    )


def _parse_oauth2(entry: Any) -> OAuth2Preset:
    if not isinstance(entry, Mapping):
        raise TypeError("oauth2 must be a table")
    flow = OAuth2Flow(entry.get("flow", "device"))
    preset = OAuth2Preset(
        flow=flow,
        token_url=entry["token_url"],
        scopes=string_list(entry.get("scopes", []), "oauth2.scopes"),
        authorization_url=optional_string(entry, "authorization_url"),
        device_authorization_url=optional_string(entry, "device_authorization_url"),
        mechanism=entry.get("mechanism", "xoauth2"),
        setup_url=optional_string(entry, "setup_url"),
    )
    if preset.mechanism not in MECHANISMS:
        raise ValueError(f"oauth2.mechanism must be one of {', '.join(MECHANISMS)}")
    if flow is OAuth2Flow.DEVICE and not preset.device_authorization_url:
        raise ValueError("the device flow needs oauth2.device_authorization_url")
    if flow is OAuth2Flow.LOOPBACK and not preset.authorization_url:
        raise ValueError("the loopback flow needs oauth2.authorization_url")
    return preset
