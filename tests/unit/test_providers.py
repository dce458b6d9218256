"""Provider presets: parsing the table, guessing from an address, the sign-in method and
the folders a new config watches."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from inbox_watch.core.providers import (
    AuthMethod,
    OAuth2Flow,
    Provider,
    choose_auth_method,
    choose_watch_folders,
    domain_of,
    guess_provider,
    merge_providers,
    parse_providers,
)

SHIPPED = tomllib.loads(resources.files("inbox_watch").joinpath("providers.toml").read_text())
PRESETS, PROBLEMS = parse_providers(SHIPPED)


def test_shipped_table_parses_without_problems() -> None:
    assert PROBLEMS == []
    required = {
        "gmail",
        "outlook",
        "microsoft365",
        "icloud",
        "yahoo",
        "fastmail",
        "gmx",
        "naver",
        "daum",
        "kakao",
    }
    assert required <= set(PRESETS)


@pytest.mark.parametrize(
    ("address", "key", "host", "spam"),
    [
        ("me@gmail.com", "gmail", "imap.gmail.com", "[Gmail]/Spam"),
        ("Me@GoogleMail.com", "gmail", "imap.gmail.com", "[Gmail]/Spam"),
        ("me@hotmail.com", "outlook", "outlook.office365.com", "Junk Email"),
        ("me@icloud.com", "icloud", "imap.mail.me.com", "Junk"),
        ("me@yahoo.co.uk", "yahoo", "imap.mail.yahoo.com", "Bulk"),
        ("me@fastmail.com", "fastmail", "imap.fastmail.com", "Spam"),
        ("me@gmx.de", "gmx", "imap.gmx.net", "Spamverdacht"),
        ("me@naver.com", "naver", "imap.naver.com", "스팸메일함"),
        ("me@hanmail.net", "daum", "imap.daum.net", "스팸편지함"),
        ("me@kakao.com", "kakao", "imap.kakao.com", "스팸편지함"),
    ],
)
def test_address_domain_gives_preset(address: str, key: str, host: str, spam: str) -> None:
    provider = guess_provider(address, PRESETS)
    assert provider is not None
    assert (provider.key, provider.host, provider.spam_folder) == (key, host, spam)
    assert (provider.port, provider.security) == (993, "tls")


def test_unknown_domain_falls_back_to_imap_dot_domain() -> None:
    provider = guess_provider("ops@Example.ORG", PRESETS)
    assert provider is not None
    assert (provider.key, provider.host, provider.port, provider.auth) == (
        "generic",
        "imap.example.org",
        993,
        (AuthMethod.PASSWORD,),
    )


@pytest.mark.parametrize("text", ["alice", "@gmail.com", "me@localhost", "", "me@ex ample.com"])
def test_not_an_address_gives_no_guess(text: str) -> None:
    assert domain_of(text) is None
    assert guess_provider(text, PRESETS) is None


def test_outlook_refuses_passwords_and_defaults_to_oauth2() -> None:
    outlook = PRESETS["outlook"]
    assert choose_auth_method(outlook, None) == (AuthMethod.OAUTH2, None)
    method, problem = choose_auth_method(outlook, "password")
    assert method is None
    assert problem == (
        "Outlook.com / Hotmail does not accept password sign-in over IMAP; use oauth2"
    )
    assert outlook.oauth2 is not None and outlook.oauth2.flow is OAuth2Flow.DEVICE


def test_gmail_takes_an_app_password_or_oauth2_in_the_browser() -> None:
    gmail = PRESETS["gmail"]
    assert choose_auth_method(gmail, None) == (AuthMethod.PASSWORD, None)
    assert choose_auth_method(gmail, "oauth2") == (AuthMethod.OAUTH2, None)
    assert gmail.oauth2 is not None and gmail.oauth2.flow is OAuth2Flow.LOOPBACK
    assert gmail.oauth2.scopes == ("https://mail.google.com/",)


def test_unknown_method_is_a_problem() -> None:
    assert choose_auth_method(PRESETS["naver"], "kerberos")[0] is None
    assert choose_auth_method(PRESETS["naver"], "oauth2")[1] is not None


@pytest.mark.parametrize(
    ("flagged", "by_name", "preset", "existing", "expected"),
    [
        ("Junk", None, "Junk", ["INBOX", "Junk"], (("INBOX", "\\Junk"), "Junk")),
        (
            None,
            "[Gmail]/Spam",
            "[Gmail]/Spam",
            ["INBOX"],
            (("INBOX", "[Gmail]/Spam"), "[Gmail]/Spam"),
        ),
        (
            None,
            None,
            "quarantine",
            ["INBOX", "Quarantine"],
            (("INBOX", "Quarantine"), "Quarantine"),
        ),
        (None, None, "Spam", ["INBOX"], (("INBOX",), None)),
        (None, None, None, ["INBOX"], (("INBOX",), None)),
    ],
)
def test_watch_folders_for_a_new_config(
    flagged: str | None,
    by_name: str | None,
    preset: str | None,
    existing: list[str],
    expected: tuple[tuple[str, ...], str | None],
) -> None:
    assert choose_watch_folders(flagged, by_name, preset, existing) == expected


def test_bad_entries_are_reported_and_skipped() -> None:
    presets, problems = parse_providers(
        {
            "ok": {"host": "imap.ok.example"},
            "nohost": {"name": "x"},
            "badport": {"host": "h", "port": 0},
            "oauth-without-table": {"host": "h", "auth": ["oauth2"]},
            "device-without-url": {
                "host": "h",
                "auth": ["oauth2"],
                "oauth2": {"flow": "device", "token_url": "https://t"},
            },
        }
    )
    assert list(presets) == ["ok"]
    assert problems == [
        "provider 'nohost': missing 'host'",
        "provider 'badport': port must be a number from 1 to 65535",
        "provider 'oauth-without-table': auth lists \"oauth2\" but there is no [oauth2] table",
        "provider 'device-without-url': the device flow needs oauth2.device_authorization_url",
    ]


def test_user_presets_replace_shipped_ones_by_key() -> None:
    mine = Provider(key="gmail", name="My Gmail", host="imap.example.net")
    merged = merge_providers(PRESETS, {"gmail": mine})
    assert merged["gmail"] is mine and merged["naver"] is PRESETS["naver"]
