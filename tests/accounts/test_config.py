"""The start-up check of login (impactkaart/accounts/config.py): off, on, and every way
of getting it wrong, each with a message that names the setting."""

from __future__ import annotations

import pytest

from impactkaart.accounts import config
from impactkaart.accounts.config import AuthConfigError, auth_enabled, check, read_auth_table

GOOD = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "x" * 40,
    "client_id": "impactkaart",
    "client_secret": "geheim",
    "server_metadata_url": "http://127.0.0.1:9400/.well-known/openid-configuration",
}


@pytest.mark.parametrize("value", [None, "", "  "])
def test_off_without_the_variable_whatever_the_secrets(value):
    env = {} if value is None else {"IMPACTKAART_AUTH": value}
    assert auth_enabled(env) is False
    assert check(env, None, authlib=False) is False  # nothing else is looked at


@pytest.mark.parametrize("value", ["oidc", "OIDC", " oidc "])
def test_on_with_oidc_and_a_good_table(value):
    assert check({"IMPACTKAART_AUTH": value}, GOOD, authlib=True) is True


@pytest.mark.parametrize("value", ["1", "ja", "saml", "oauth"])
def test_another_value_is_refused_by_name(value):
    with pytest.raises(AuthConfigError) as err:
        auth_enabled({"IMPACTKAART_AUTH": value})
    text = str(err.value)
    assert "IMPACTKAART_AUTH" in text and f"'{value}'" in text and "oidc" in text
    assert "start niet" in text
    english = err.value.message("en")
    assert "is set to" in english and f"'{value}'" in english


def test_without_authlib_says_what_to_install():
    with pytest.raises(AuthConfigError, match="Authlib"):
        check({"IMPACTKAART_AUTH": "oidc"}, GOOD, authlib=False)


@pytest.mark.parametrize("table", [None, {}])
def test_no_auth_table(table):
    with pytest.raises(AuthConfigError) as err:
        check({"IMPACTKAART_AUTH": "oidc"}, table, authlib=True)
    assert "[auth]" in str(err.value) and ".streamlit/secrets.toml" in str(err.value)


@pytest.mark.parametrize("key", config.REQUIRED)
def test_each_missing_key_is_named(key):
    table = {k: v for k, v in GOOD.items() if k != key}
    with pytest.raises(AuthConfigError) as err:
        check({"IMPACTKAART_AUTH": "oidc"}, table, authlib=True)
    assert err.value.code == "missing"
    assert f"`{key}`" in str(err.value)
    others = [k for k in config.REQUIRED if k != key]
    assert not any(f"`{k}`" in str(err.value) for k in others)


def test_two_missing_keys_are_both_named_and_an_empty_one_counts_as_missing():
    table = {**GOOD, "client_secret": "  "}
    del table["client_id"]
    with pytest.raises(AuthConfigError) as err:
        check({"IMPACTKAART_AUTH": "oidc"}, table, authlib=True)
    assert "mist `client_id` en `client_secret`" in str(err.value)
    assert "lacks `client_id` and `client_secret`" in err.value.message("en")


@pytest.mark.parametrize("uri", ["/oauth2callback", "localhost:8501/oauth2callback",
                                 "http://localhost:8501/", "ftp://x/oauth2callback"])
def test_redirect_uri_must_be_the_full_callback_address(uri):
    with pytest.raises(AuthConfigError) as err:
        check({"IMPACTKAART_AUTH": "oidc"}, {**GOOD, "redirect_uri": uri}, authlib=True)
    assert err.value.code == "redirect" and uri in str(err.value)


def test_metadata_url_must_be_absolute():
    with pytest.raises(AuthConfigError) as err:
        check({"IMPACTKAART_AUTH": "oidc"}, {**GOOD, "server_metadata_url": "/.well-known/x"},
              authlib=True)
    assert err.value.code == "metadata"


def test_short_cookie_secret():
    with pytest.raises(AuthConfigError) as err:
        check({"IMPACTKAART_AUTH": "oidc"}, {**GOOD, "cookie_secret": "kort"}, authlib=True)
    assert err.value.code == "cookie_secret" and "32" in str(err.value)


def _toml(table: dict) -> str:
    return "[auth]\n" + "".join(f'{k} = "{v}"\n' for k, v in table.items())


def test_read_auth_table_as_streamlit_reads_the_files(tmp_path):
    home, here = tmp_path / "home.toml", tmp_path / "here.toml"
    assert read_auth_table([home, here]) is None  # neither exists
    home.write_text(_toml(GOOD), encoding="utf-8")
    assert read_auth_table([home, here]) == GOOD
    # A later file's [auth] replaces the earlier one's whole (Streamlit merges shallowly).
    here.write_text(_toml({"client_id": "ander"}), encoding="utf-8")
    assert read_auth_table([home, here]) == {"client_id": "ander"}
    here.write_text("[auth\n", encoding="utf-8")
    with pytest.raises(AuthConfigError) as err:
        read_auth_table([home, here])
    assert str(here) in str(err.value) and "TOML" in str(err.value)


def test_impactkaart_app_refuses_to_start_with_a_wrong_setting(tmp_path, monkeypatch, capsys):
    from impactkaart.cli.main import main

    monkeypatch.chdir(tmp_path)  # no .streamlit/secrets.toml here
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("IMPACTKAART_AUTH", "oidc")
    assert main(["app", "--headless"]) == 2
    assert "[auth]" in capsys.readouterr().err
    monkeypatch.setenv("IMPACTKAART_AUTH", "ja")
    assert main(["--lang", "en", "app"]) == 2
    assert "`IMPACTKAART_AUTH` is set to 'ja'" in capsys.readouterr().err
