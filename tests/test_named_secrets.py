# SPDX-License-Identifier: GPL-3.0-or-later
"""Secrets for headless runs come from a place the user names, and never appear in a message."""

from __future__ import annotations

import pytest

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.base.named_secrets import read_named_secret
from cartong_plugin.core.protection.pseudonymise import key_from_named_source

SECRET = "s3cr3t-token-value"


def test_environment_variable_is_read(monkeypatch):
    monkeypatch.setenv("CARTONG_TEST_TOKEN", f"  {SECRET}\n")
    named = read_named_secret("env:CARTONG_TEST_TOKEN", "the token", parameter="SECRET")
    assert named.value == SECRET
    assert SECRET not in repr(named)


@pytest.mark.parametrize("prefix", ["file:", ""])
def test_file_is_read_with_or_without_prefix(tmp_path, prefix):
    path = tmp_path / "token.txt"
    path.write_text(f"\ufeff{SECRET}\n", encoding="utf-8")
    path.chmod(0o600)
    named = read_named_secret(f"{prefix}{path}", "the token", parameter="SECRET")
    assert (named.value, named.warnings) == (SECRET, [])


def test_a_file_other_users_can_read_is_used_with_a_warning(tmp_path):
    path = tmp_path / "token.txt"
    path.write_text(SECRET, encoding="utf-8")
    path.chmod(0o644)
    named = read_named_secret(f"file:{path}", "the token", parameter="SECRET")
    assert named.value == SECRET
    assert "chmod 600" in named.warnings[0]


@pytest.mark.parametrize(
    "content, words", [("", "is empty"), (f"{SECRET}\nsecond line", "several lines"), ("x" * 70000, "too big")]
)
def test_unusable_files_are_refused_without_quoting_them(tmp_path, content, words):
    path = tmp_path / "token.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CartongError) as caught:
        read_named_secret(f"file:{path}", "the token", parameter="SECRET")
    assert words in str(caught.value) and str(path) in str(caught.value)
    assert SECRET not in str(caught.value)


def test_missing_variable_and_file_are_named(monkeypatch, tmp_path):
    monkeypatch.delenv("CARTONG_ABSENT", raising=False)
    with pytest.raises(CartongError, match="SECRET gives env: for the token, but no environment variable"):
        read_named_secret("env:CARTONG_ABSENT", "the token", parameter="SECRET")
    with pytest.raises(CartongError, match="nope.txt, named in SECRET for the token, does not exist"):
        read_named_secret(f"file:{tmp_path / 'nope.txt'}", "the token", parameter="SECRET")
    with pytest.raises(CartongError, match="env:VARIABLE or file:PATH"):
        read_named_secret("", "the token", parameter="SECRET")


def test_pseudonymisation_key_from_a_file_must_be_hexadecimal(tmp_path):
    good = tmp_path / "good.key"
    good.write_text("ab" * 32, encoding="utf-8")
    good.chmod(0o600)
    assert key_from_named_source(f"file:{good}") == bytes.fromhex("ab" * 32)
    bad = tmp_path / "bad.key"
    bad.write_text("not a key at all", encoding="utf-8")
    bad.chmod(0o600)
    with pytest.raises(CartongError, match="hexadecimal"):
        key_from_named_source(f"file:{bad}")
