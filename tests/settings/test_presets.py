"""Provider presets on disk: the shipped file, and the user's providers.toml merged over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from inbox_watch.app.presets import find_preset, load_presets
from inbox_watch.errors import ConfigError, UsageError


def test_user_file_adds_and_overrides_presets(tmp_path: Path) -> None:
    user = tmp_path / "providers.toml"
    user.write_text(
        '[corp]\nname = "Corp"\ndomains = ["corp.example"]\nhost = "mail.corp.example"\n'
        'spam_folder = "Quarantine"\n\n[gmail]\nhost = "imap.example.net"\n'
    )
    presets = load_presets(user)
    assert presets["corp"].spam_folder == "Quarantine"
    assert presets["gmail"].host == "imap.example.net"
    assert presets["naver"].host == "imap.naver.com"


def test_missing_user_file_gives_the_shipped_presets(tmp_path: Path) -> None:
    assert "outlook" in load_presets(tmp_path / "absent.toml")


def test_bad_user_file_is_one_config_error(tmp_path: Path) -> None:
    user = tmp_path / "providers.toml"
    user.write_text('[corp]\nport = "x"\n')
    with pytest.raises(ConfigError, match=r"providers.toml are not valid: provider 'corp'"):
        load_presets(user)


def test_unknown_provider_lists_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"Known providers: .*gmail"):
        find_preset(load_presets(tmp_path / "absent.toml"), "hotmale")
