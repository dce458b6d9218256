"""The set-up commands: ``init``, ``auth login/logout/set-password``, ``doctor``, ``providers``.

Boundary: asks with rich prompts and prints; secrets are read from a hidden prompt,
stdin or the environment, never from argv, and never printed.
"""

from __future__ import annotations

import os
import sys
import webbrowser
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from rich.markup import escape
from rich.prompt import Confirm, Prompt

from inbox_watch.app import track as track_use
from inbox_watch.cli.context import Context, json_option, mark, parse_day, pass_context
from inbox_watch.core.providers import (
    GENERIC,
    AuthMethod,
    Provider,
    choose_auth_method,
    domain_of,
    guess_provider,
)
from inbox_watch.errors import ConfigError, ExitCode, UsageError, UserError
from inbox_watch.settings import AccountSettings, OAuth2Settings, resolve_config_path

_COLOURS = {"ok": "green", "warn": "yellow", "fail": "red"}


def _mark(kind: str) -> str:
    colour = _COLOURS[kind]
    return f"[{colour}]{mark(kind)}[/{colour}]"


def _interactive(non_interactive: bool) -> bool:
    return not non_interactive and sys.stdin.isatty()


def _need(value: str | None, option: str, interactive: bool, question: str, **kw: Any) -> str:
    if value:
        return value
    if not interactive:
        raise UsageError(f"{option} is required with --non-interactive (or without a terminal).")
    answer: str = Prompt.ask(question, **kw)
    return answer.strip()


def _read_secret(what: str, from_stdin: bool, interactive: bool) -> str:
    """A secret from stdin (first line) or a hidden prompt; never from argv."""
    if from_stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
    elif interactive:
        secret = Prompt.ask(what, password=True)
    else:
        raise UsageError(f"{what} is needed: pass it on stdin with --password-stdin.")
    if not secret:
        raise UsageError(f"{what}: nothing was given.")
    return secret


# -- init ------------------------------------------------------------------------------------


@click.command()
@click.option(
    "--provider",
    "provider_key",
    help="A preset: gmail, outlook, naver... "
    "(default: guessed from the address; see `inbox-watch providers`).",
)
@click.option("--username", help="Your address or IMAP user name.")
@click.option("--name", "account_name", help="Account name in the config (default: provider).")
@click.option("--host", help="IMAP host (default: the preset's, else imap.<domain>).")
@click.option("--port", type=int, help="IMAP port (default: the preset's, usually 993).")
@click.option("--security", type=click.Choice(["tls", "starttls", "none"]))
@click.option(
    "--auth",
    "auth_method",
    type=click.Choice(["password", "oauth2"]),
    help="Sign-in method (default: the provider's preferred one).",
)
@click.option("--password-env", help="Read the password from this environment variable.")
@click.option("--password-command", help="Read the password from this command's output.")
@click.option(
    "--keyring",
    "use_keyring",
    is_flag=True,
    help="Store the password in the system keyring (prompted, or --password-stdin).",
)
@click.option("--password-stdin", is_flag=True, help="Read the password for --keyring from stdin.")
@click.option("--client-id", help="OAuth2: your app's client id.")
@click.option("--client-secret-env", help="OAuth2: environment variable holding the client secret.")
@click.option(
    "--login/--no-login",
    "oauth_login",
    default=None,
    help="OAuth2: sign in now (default: when interactive).",
)
@click.option(
    "--ca-file",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Extra CA certificate to trust (private servers).",
)
@click.option(
    "--store",
    "store_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="State database path (default: the user data dir).",
)
@click.option("--track", "track_vendor", help="Also track a first request to this vendor.")
@click.option("--subject", help="With --track: the subject of your request.")
@click.option("--ticket", help="With --track: the helpdesk's ticket number.")
@click.option(
    "--submitted",
    metavar="DAY",
    help="With --track: when you wrote to support (YYYY-MM-DD, yesterday, 3d; default today).",
)
@click.option("--no-test", is_flag=True, help="Write the config without testing the connection.")
@click.option("--force", is_flag=True, help="Replace an existing config file.")
@click.option("--non-interactive", is_flag=True, help="Never prompt; fail on missing options.")
@json_option
@pass_context
def init(context: Context, /, **options: Any) -> None:
    """Write a config for your mailbox, test it, and show the folders to watch.

    Example: inbox-watch init --username me@gmail.com --keyring --track openai
    """
    _init(context, InitRequest(**options))


@dataclass(frozen=True)
class InitRequest:
    """The options of ``init``, typed (click hands them over as keyword arguments)."""

    provider_key: str | None
    username: str | None
    account_name: str | None
    host: str | None
    port: int | None
    security: str | None
    auth_method: str | None
    password_env: str | None
    password_command: str | None
    use_keyring: bool
    password_stdin: bool
    client_id: str | None
    client_secret_env: str | None
    oauth_login: bool | None
    ca_file: Path | None
    store_path: Path | None
    track_vendor: str | None
    subject: str | None
    ticket: str | None
    submitted: str | None
    no_test: bool
    force: bool
    non_interactive: bool
    as_json: bool


@dataclass(frozen=True)
class PasswordChoice:
    """Where the account's password will come from, and the password when init holds it."""

    fields: dict[str, Any]
    password: str | None
    keyring: bool = False


def _init(context: Context, request: InitRequest) -> None:
    from inbox_watch.app import onboarding

    interactive = _interactive(request.non_interactive)
    path, _named = resolve_config_path(context.config, os.environ)
    if path.exists() and not request.force:
        onboarding.write_config_file(path, "", force=False)  # raises the one-line error
    username = _need(request.username, "--username", interactive, "Your email address")
    provider = _choose_provider(context, request, username, interactive)
    method, problem = choose_auth_method(provider, request.auth_method)
    if method is None:
        raise UsageError(f"{problem}.")
    fields = _account_fields(request, provider, username)
    oauth2 = None
    choice = PasswordChoice({}, None)
    if method is AuthMethod.OAUTH2:
        oauth2 = _oauth2_settings(request, provider, interactive)
        fields |= {"auth": "oauth2", "oauth2": oauth2}
    else:
        choice = _password_source(request, provider, interactive)
        fields |= choice.fields
    try:
        account = AccountSettings.model_validate(fields)
    except ValueError as exc:
        raise UsageError(f"these options do not make an account: {exc}".splitlines()[0]) from None
    if method is AuthMethod.OAUTH2 and (
        interactive if request.oauth_login is None else request.oauth_login
    ):
        _oauth_login(context, account, browser=interactive)
    discovery = None
    if not request.no_test and (method is AuthMethod.PASSWORD or _has_token(account)):
        secret = choice.password if choice.password is not None else _secret_for(account)
        discovery = onboarding.discover_folders(account, secret, provider)
        account = account.model_copy(update={"folders": discovery.folders})
    text = onboarding.render_config(
        onboarding.account_table(account),
        onboarding.oauth2_table(oauth2) if oauth2 is not None else None,
        request.store_path,
        provider,
    )
    if choice.keyring and choice.password is not None:
        from inbox_watch.credentials import keychain

        keychain.set_secret(keychain.password_key(account.name), choice.password)
    onboarding.write_config_file(path, text, force=request.force)
    _report_init(context, path, account, provider, discovery, request.as_json)
    _first_request(context, path, request, interactive)


def _choose_provider(
    context: Context, request: InitRequest, username: str, interactive: bool
) -> Provider:
    from inbox_watch.app.presets import find_preset, load_presets

    presets = load_presets()
    generic = (request.provider_key or "").lower() == GENERIC
    if request.provider_key and not generic:
        provider = find_preset(presets, request.provider_key)
    elif generic or (request.host and domain_of(username) is None):
        # A login that is no address ("alice"), or a server no preset knows: the
        # host the user gave is the whole provider.
        if not request.host:
            raise UsageError("--provider generic needs --host.", "Pass --host imap.example.org.")
        provider = Provider(key=GENERIC, name=request.host, host=request.host)
    else:
        guessed = guess_provider(username, presets)
        if guessed is None:
            raise UsageError(
                f'cannot guess the provider of "{username}".',
                "Pass --provider (see `inbox-watch providers`) or --host.",
            )
        provider = guessed
        if interactive:
            context.console.print(
                f"Provider: [bold]{escape(provider.name)}[/bold] ({provider.host})"
            )
    if provider.notes and not request.as_json:
        context.console.print(f"[dim]{escape(provider.notes)}[/dim]")
    return provider


def _account_fields(request: InitRequest, provider: Provider, username: str) -> dict[str, Any]:
    return {
        "name": request.account_name or (provider.key if provider.key != "generic" else "personal"),
        "host": request.host or provider.host,
        "port": request.port or provider.port,
        "security": request.security or provider.security,
        "username": username,
        "provider": provider.key,
        "ca_file": request.ca_file,
    }


def _oauth2_settings(request: InitRequest, provider: Provider, interactive: bool) -> OAuth2Settings:
    from inbox_watch.app import onboarding

    client_id = _need(
        request.client_id,
        "--client-id",
        interactive,
        "Your OAuth2 client id (see README, OAuth2 set-up)",
    )
    secret = None
    if request.client_secret_env:
        secret = os.environ.get(request.client_secret_env) or None
        if secret is None:
            raise ConfigError(f"environment variable {request.client_secret_env} is not set.")
    elif interactive and provider.key == "gmail":
        secret = Prompt.ask("Client secret (Google desktop app)", password=True) or None
    return onboarding.oauth2_settings_for(provider, client_id, secret)


def _password_source(request: InitRequest, provider: Provider, interactive: bool) -> PasswordChoice:
    """Where the password comes from (asked when interactive and not given)."""
    password_env, use_keyring = request.password_env, request.use_keyring
    chosen = [bool(password_env), bool(request.password_command), use_keyring]
    if sum(chosen) > 1:
        raise UsageError("choose one of --password-env, --password-command, --keyring.")
    if not any(chosen) and interactive:
        if provider.app_password_url:
            click.echo(f"Make an app password (or enable IMAP) here: {provider.app_password_url}")
        use_keyring = Confirm.ask("Store the password in the system keyring?", default=True)
        if not use_keyring:
            password_env = Prompt.ask(
                "Environment variable holding the password", default="INBOX_WATCH_PASSWORD"
            )
    if password_env:
        return PasswordChoice({"password_env": password_env}, os.environ.get(password_env) or None)
    if request.password_command:
        return PasswordChoice({"password_command": request.password_command}, None)
    if use_keyring:
        secret = _read_secret("Password (or app password)", request.password_stdin, interactive)
        return PasswordChoice({"password_keyring": True}, secret, keyring=True)
    raise UsageError(
        "no password source: pass --keyring, --password-env VAR or --password-command CMD."
    )


def _secret_for(account: AccountSettings) -> str:
    from inbox_watch.credentials.sources import resolve_password

    return resolve_password(account)


def _has_token(account: AccountSettings) -> bool:
    from inbox_watch.credentials.oauth import load_token

    return load_token(account) is not None


def _report_init(
    context: Context,
    path: Path,
    account: AccountSettings,
    provider: Provider,
    discovery: Any,
    as_json: bool,
) -> None:
    spam = discovery.spam_folder if discovery is not None else None
    if as_json:
        context.emit_json(
            {
                "config": str(path),
                "account": account.name,
                "provider": provider.key,
                "host": account.host,
                "auth": account.auth,
                "tested": discovery is not None,
                "folders": list(account.folders),
                "spam_folder": spam,
            }
        )
        return
    console = context.console
    console.print(f"{_mark('ok')} wrote {escape(str(path))} (mode 0600)")
    if discovery is None:
        how = (
            f"run inbox-watch auth login {account.name}, then inbox-watch doctor"
            if account.auth == "oauth2"
            else "run inbox-watch doctor"
        )
        console.print(f"[yellow]![/yellow] connection not tested: {how}")
        return
    console.print(f"{_mark('ok')} signed in to {account.host} as {escape(account.username)}")
    console.print(
        f"{_mark('ok')} watching INBOX and spam folder {escape(spam or '-')}"
        if spam
        else "[yellow]![/yellow] watching INBOX only: no spam folder found; name it in "
        "folders (see inbox-watch doctor)"
    )


def _first_request(context: Context, path: Path, request: InitRequest, interactive: bool) -> None:
    from inbox_watch.settings import load_settings

    vendor = request.track_vendor
    subject, ticket, submitted = request.subject, request.ticket, request.submitted
    offer = vendor is None and interactive and not request.as_json
    if offer and Confirm.ask("Track a first support request now?", default=False):
        vendor = Prompt.ask("Vendor (e.g. openai, or a name from your config)")
        subject = Prompt.ask("Subject of your request", default="") or None
        ticket = Prompt.ask("Ticket number, if you have one", default="") or None
        # The real date matters: a request dated today misses the replies before it.
        submitted = Prompt.ask(
            "When did you write to them? (YYYY-MM-DD, yesterday, 3d)", default="today"
        )
    if vendor is None:
        if not request.as_json:
            context.console.print(
                "Next: inbox-watch track add VENDOR --subject ...; "
                "inbox-watch scan; inbox-watch status"
            )
        return
    from inbox_watch.store.sqlite import Store

    today = context.now().date()
    day = parse_day(submitted, today) if submitted is not None else None
    settings = load_settings(path)
    with Store(settings.store.path) as store:
        tracked = track_use.track_add(
            store,
            settings.vendor_profiles(),
            vendor,
            today,
            ticket=ticket,
            subject=subject,
            submitted=day,
        )
    if not request.as_json:
        context.console.print(
            f"{_mark('ok')} tracking request {tracked.id} to {escape(tracked.vendor)}"
        )


# -- auth ------------------------------------------------------------------------------------


@click.group()
def auth() -> None:
    """Sign in with OAuth2, sign out, or keep a password in the system keyring."""


@auth.command("login")
@click.argument("account_name", metavar="ACCOUNT")
@click.option("--no-browser", is_flag=True, help="Loopback flow: print the URL, do not open it.")
@pass_context
def auth_login(context: Context, account_name: str, no_browser: bool) -> None:
    """Sign in to ACCOUNT with OAuth2 and keep the refresh token in the keyring.

    Example: inbox-watch auth login gmail
    """
    account = context.settings.account(account_name)
    if account.auth != "oauth2":
        raise UsageError(
            f'account "{account.name}" signs in with a password, not OAuth2.',
            'Set auth = "oauth2" and an [accounts.oauth2] table, or use auth set-password.',
        )
    _oauth_login(context, account, browser=not no_browser)
    context.console.print(
        f'{_mark("ok")} signed in; token stored in the keyring for account "{escape(account.name)}"'
    )


def _oauth_login(context: Context, account: AccountSettings, *, browser: bool) -> None:
    from inbox_watch.credentials import oauth

    console = context.console
    assert account.oauth2 is not None

    def show(prompt: oauth.DevicePrompt) -> None:
        console.print(
            f"Open [bold]{escape(prompt.verification_uri)}[/bold] and enter the code "
            f"[bold]{escape(prompt.user_code)}[/bold] (valid {prompt.expires_in / 60:.0f} min)."
        )

    def open_page(url: str) -> None:
        console.print(f"Sign in here (opening your browser):\n{escape(url)}", soft_wrap=True)
        if browser:
            webbrowser.open(url)

    if account.oauth2.flow == "device":
        oauth.login_device(account, show)
    else:
        oauth.login_loopback(account, open_page)


@auth.command("logout")
@click.argument("account_name", metavar="ACCOUNT")
@pass_context
def auth_logout(context: Context, account_name: str) -> None:
    """Forget ACCOUNT's OAuth2 tokens and keyring password on this machine.

    Example: inbox-watch auth logout gmail
    """
    from inbox_watch.credentials import keychain, oauth

    account = context.settings.account(account_name)
    removed = oauth.forget_token(account)
    removed = keychain.delete_secret(keychain.password_key(account.name)) or removed
    click.echo("removed from the keyring" if removed else "nothing stored for this account")


@auth.command("set-password")
@click.argument("account_name", metavar="ACCOUNT")
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin.")
@pass_context
def auth_set_password(context: Context, account_name: str, password_stdin: bool) -> None:
    """Store ACCOUNT's password in the system keyring (set password_keyring = true).

    Example: inbox-watch auth set-password personal
    """
    from inbox_watch.credentials import keychain

    account = context.settings.account(account_name)
    secret = _read_secret("Password (or app password)", password_stdin, sys.stdin.isatty())
    keychain.set_secret(keychain.password_key(account.name), secret)
    click.echo(f'password stored in the keyring for account "{account.name}"')
    plaintext = keychain.plaintext_file()
    if plaintext is not None:
        click.echo(
            f"warning: this keyring is a plaintext file ({plaintext}): whoever can read it "
            "has the password. Install a system keyring (GNOME Keyring, KWallet) to encrypt it.",
            err=True,
        )
    source = _password_source_of(account)
    if source is not None:
        click.echo(
            f'note: account "{account.name}" reads its password from {source}, so the '
            "keyring entry is not used: set password_keyring = true and remove "
            f"{source.split()[0]} from its config.",
            err=True,
        )


def _password_source_of(account: AccountSettings) -> str | None:
    """Where an account that does not read the keyring takes its password from."""
    from inbox_watch.credentials.sources import password_source

    source = password_source(account)
    if source == "config":
        return "password (in the config)"
    if source == "env":
        return f"password_env {account.password_env}"
    if source == "command":
        return "password_command"
    return None


# -- doctor ----------------------------------------------------------------------------------


@click.command()
@click.option("--account", "account_name", help="Check only this account.")
@json_option
@pass_context
def doctor(context: Context, account_name: str | None, as_json: bool) -> None:
    """Check config, DNS, TCP, TLS, login, capabilities, folders, store and daemon.

    Example: inbox-watch doctor --account personal
    """
    from inbox_watch.app.doctor import CheckStatus, run_checks

    checks = []
    for check in run_checks(context.config, account_name, advice=_login_advice):
        checks.append(check)
        if not as_json:
            line = f"{_mark(check.status.value)} {check.name}: {escape(check.detail)}"
            if check.hint and check.status is not CheckStatus.OK:
                line += f" {escape(check.hint)}"
            context.console.print(line, soft_wrap=True)
    if as_json:
        context.emit_json(
            {
                "checks": [
                    {
                        "name": c.name,
                        "account": c.account,
                        "status": c.status.value,
                        "detail": c.detail,
                        "hint": c.hint,
                    }
                    for c in checks
                ]
            }
        )
    failed = [c for c in checks if c.status is CheckStatus.FAIL]
    if failed:
        error = UserError(
            f"doctor: {len(failed)} of {len(checks)} checks failed "
            f"({', '.join(dict.fromkeys(c.name for c in failed))})."
        )
        # The exit code of the first failure: 4 for a refused login, 5 for TLS...
        error.exit_code = ExitCode(failed[0].exit_code or ExitCode.ERROR)
        raise error


def _login_advice(account: AccountSettings) -> str | None:
    """For a refused login: the provider's app-password page, or how to sign in again."""
    if account.auth == "oauth2":
        return f"Sign in again: inbox-watch auth login {account.name}"
    try:
        from inbox_watch.app.presets import load_presets

        provider = load_presets().get(account.provider or "")
    except UserError:
        provider = None
    if provider is not None and provider.app_password_url:
        return (
            f"Check the password; {provider.name} wants an app password: "
            f"{provider.app_password_url}"
        )
    return "Check the username and the password source."


# -- providers -------------------------------------------------------------------------------


@click.command()
@json_option
@pass_context
def providers(context: Context, as_json: bool) -> None:
    """The provider presets init knows (shipped, plus your providers.toml).

    Example: inbox-watch providers
    """
    from inbox_watch.app.presets import load_presets

    presets = load_presets()
    if as_json:
        context.emit_json(
            {
                "providers": [
                    {
                        "key": p.key,
                        "name": p.name,
                        "domains": list(p.domains),
                        "host": p.host,
                        "port": p.port,
                        "security": p.security,
                        "auth": [m.value for m in p.auth],
                        "spam_folder": p.spam_folder,
                        "app_password_url": p.app_password_url,
                    }
                    for p in presets.values()
                ]
            }
        )
        return
    for p in presets.values():
        domains = ", ".join(p.domains) or "choose with --provider"
        context.console.print(
            f"[bold]{escape(p.key)}[/bold]  {escape(p.name)}: {p.host}:{p.port} "
            f"{'/'.join(m.value for m in p.auth)}, spam {escape(p.spam_folder or '-')}"
            f"  ({escape(domains)})",
            soft_wrap=True,
        )


COMMANDS = (init, auth, doctor, providers)
