"""Configuration: TOML file, environment overrides, and one clear error per problem."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from inbox_watch.credentials.sources import resolve_password
from inbox_watch.errors import ConfigError
from inbox_watch.settings import load_settings

REPO = Path(__file__).resolve().parents[2]

MINIMAL = """
[store]
path = "{store}"

[[accounts]]
name = "personal"
host = "imap.example.com"
username = "me@example.com"
password_env = "TEST_IMAP_PASSWORD"

[[vendors]]
name = "Nimbus Hosting"
domains = ["nimbus.example"]
helpdesk = "zendesk"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text.format(store=tmp_path / "state.sqlite3"))
    return path


def test_file_is_read(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, MINIMAL), environ={})
    (account,) = settings.accounts
    assert (account.name, account.resolved_port, account.folders) == (
        "personal",
        993,
        ("INBOX", "\\Junk", "\\Sent"),
    )
    assert account.own_addresses == ("me@example.com",)
    watched = [vendor.slug for vendor in settings.vendor_profiles() if vendor.always_watched]
    assert watched == ["openai", "nimbus-hosting"]


def test_the_catalogue_is_known_and_a_configured_vendor_replaces_its_entry(
    tmp_path: Path,
) -> None:
    text = (
        "response_days = 3\n"
        + MINIMAL
        + ('\n[[vendors]]\nname = "GitHub"\ndomains = ["github.example"]\nhelpdesk = "zendesk"\n')
    )
    profiles = {
        v.slug: v for v in load_settings(write(tmp_path, text), environ={}).vendor_profiles()
    }
    assert profiles["github"].domains == ("github.example",) and profiles["github"].always_watched
    assert profiles["microsoft"].builtin and not profiles["microsoft"].always_watched
    # The config's response_days applies to built-in vendors too.
    assert profiles["openai"].response_days == profiles["microsoft"].response_days == 3


def test_environment_overrides_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INBOX_WATCH_STORE__PATH", str(tmp_path / "other.sqlite3"))
    monkeypatch.setenv("INBOX_WATCH_RESPONSE_DAYS", "3")
    settings = load_settings(write(tmp_path, MINIMAL))
    assert settings.store.path == tmp_path / "other.sqlite3"
    assert settings.response_days == 3


def test_config_env_variable_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL)
    settings = load_settings(None, environ={"INBOX_WATCH_CONFIG": str(path)})
    assert settings.accounts[0].host == "imap.example.com"


def test_named_file_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "nope.toml", environ={})


def test_bad_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[[accounts]\nname=")
    with pytest.raises(ConfigError, match=str(path)):
        load_settings(path, environ={})


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            '[[vendors]]\nname = "x"\ndomains = ["x.example"]\nhelpdesk = "nope"\n',
            "unknown helpdesk",
        ),
        ("typo_key = 1\n", "typo_key"),
        (
            '[[vendors]]\nname = "x"\ndomains = ["x.example"]\nticket_patterns = ["X-("]\n',
            "does not compile",
        ),
        ('[[vendors]]\nname = "x"\ndomains = []\n', "at least one sender domain"),
    ],
)
def test_invalid_values_are_listed(tmp_path: Path, extra: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(
            write(tmp_path, extra + MINIMAL if "typo" in extra else MINIMAL + extra), environ={}
        )


def test_plaintext_to_a_remote_host_is_refused(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        'username = "me@example.com"', 'username = "me@example.com"\nsecurity = "none"'
    )
    with pytest.raises(ConfigError, match="only allowed for a loopback host"):
        load_settings(write(tmp_path, text), environ={})


def test_plaintext_to_loopback_is_allowed(tmp_path: Path) -> None:
    text = MINIMAL.replace('"imap.example.com"', '"127.0.0.1"').replace(
        'username = "me@example.com"', 'username = "me@example.com"\nsecurity = "none"'
    )
    assert load_settings(write(tmp_path, text), environ={}).accounts[0].resolved_port == 143


def test_password_from_environment(tmp_path: Path) -> None:
    account = load_settings(write(tmp_path, MINIMAL), environ={}).accounts[0]
    assert resolve_password(account, {"TEST_IMAP_PASSWORD": "s3cret"}) == "s3cret"
    with pytest.raises(ConfigError, match="TEST_IMAP_PASSWORD is not set") as error:
        resolve_password(account, {})
    assert "s3cret" not in str(error.value)


def test_password_command_failure_does_not_echo_its_output(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        'password_env = "TEST_IMAP_PASSWORD"', 'password_command = "echo hunter2 >&2; exit 3"'
    )
    account = load_settings(write(tmp_path, text), environ={}).accounts[0]
    with pytest.raises(ConfigError, match="exit 3") as error:
        resolve_password(account)
    assert "hunter2" not in str(error.value)


def test_password_command_first_line(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        'password_env = "TEST_IMAP_PASSWORD"', "password_command = \"printf 'hunter2\\\\nmeta'\""
    )
    account = load_settings(write(tmp_path, text), environ={}).accounts[0]
    assert resolve_password(account) == "hunter2"


def test_example_config_parses_and_documents_every_option() -> None:
    example = REPO / "config" / "inbox-watch.example.toml"
    settings = load_settings(example, environ={})
    assert settings.accounts[0].name == "personal"
    text = example.read_text()
    from inbox_watch.settings import (
        AccountSettings,
        ScanSettings,
        SentSettings,
        Settings,
        VendorSettings,
    )

    for model in (Settings, AccountSettings, VendorSettings, ScanSettings, SentSettings):
        for name in model.model_fields:
            assert f"{name} " in text or f"[{name}]" in text or f"[[{name}]]" in text, name
    # Uncommenting every option still gives a valid file.
    option = re.compile(r"^# (\[\[?[a-z]+\]\]?$|[a-z_]+ = )")
    uncommented = "\n".join(line[2:] if option.match(line) else line for line in text.splitlines())
    parsed = tomllib.loads(uncommented)
    assert parsed["vendors"][0]["helpdesk"] == "zendesk"


def test_an_unknown_time_zone_is_one_config_error(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, 'timezone = "Asia/Seoul"\n' + MINIMAL), environ={})
    assert settings.timezone == "Asia/Seoul"
    with pytest.raises(ConfigError, match='unknown time zone "Mars/Olympus"'):
        load_settings(write(tmp_path, 'timezone = "Mars/Olympus"\n' + MINIMAL), environ={})


def test_sent_auto_track_per_vendor(tmp_path: Path) -> None:
    text = "[sent]\nauto_track = false\nvendors = {{ OpenAI = true }}\n" + MINIMAL
    settings = load_settings(write(tmp_path, text), environ={})
    choices = settings.auto_track_choices()
    assert choices["openai"] is True
    assert choices["nimbus-hosting"] is False
    assert (
        load_settings(write(tmp_path, MINIMAL), environ={}).auto_track_choices()["openai"] == "ask"
    )
