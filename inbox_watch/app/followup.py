"""Use case: a follow-up for a request that support left unanswered, printed, as a
``mailto:`` URL, or (opt-in per account) added to the Drafts folder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from inbox_watch.app.scan import PasswordSource
from inbox_watch.app.status import holiday_calendar
from inbox_watch.core.conversation import replay
from inbox_watch.core.followup import FollowUpDraft, draft_follow_up
from inbox_watch.core.lifecycle import business_days_between
from inbox_watch.core.models import ReplyKind, RequestId, TrackedRequest
from inbox_watch.credentials.sources import resolve_password
from inbox_watch.errors import ConfigError, UsageError, UserError
from inbox_watch.settings import AccountSettings, Settings
from inbox_watch.store.sqlite import Store


@dataclass(frozen=True)
class FollowUpPlan:
    request: TrackedRequest
    draft: FollowUpDraft
    business_days: int  # since the vendor's turn began
    account: str | None  # the account the conversation came through, if known


def plan_follow_up(
    store: Store, settings: Settings, request_id: int, today: date, language: str | None
) -> FollowUpPlan:
    request = store.request(RequestId(request_id))
    if request is None:
        raise UsageError(f"no tracked request with id {request_id}.", "See `track list`.")
    replies = [
        r
        for r in store.replies()
        if r.request_id == request.id and r.kind is not ReplyKind.NOT_SUPPORT
    ]
    sent = store.sent_mail(request.id)
    conversation = replay(request, replies, sent)
    days = business_days_between(conversation.turn_since, today, holiday_calendar(settings.country))
    try:
        draft = draft_follow_up(request, replies, sent, days, language)
    except ValueError as exc:
        raise UsageError(f"{exc}.") from None
    dated = [(r.date, r.account) for r in replies] + [(m.date, m.account) for m in sent]
    known = [account for when, account in sorted(dated, key=_stamp) if account]
    return FollowUpPlan(request, draft, days, known[-1] if known else None)


def _stamp(pair: tuple[datetime | None, str]) -> float:
    return pair[0].timestamp() if pair[0] is not None else float("-inf")


def save_draft(
    settings: Settings,
    plan: FollowUpPlan,
    now: datetime,
    *,
    account_name: str | None = None,
    password_source: PasswordSource = resolve_password,
) -> tuple[AccountSettings, str]:
    """APPEND the draft to the account's Drafts folder (``allow_drafts`` only): the one
    write inbox-watch makes. Returns the account and the folder written to."""
    from inbox_watch.imap.connection import connect, logout, map_imap_errors
    from inbox_watch.imap.drafts import append_draft, find_drafts_folder
    from inbox_watch.imap.folders import list_folders
    from inbox_watch.mail.compose import compose_draft

    account = (
        settings.account(account_name)
        if account_name is not None
        else _draft_account(settings, plan.account)
    )
    if not account.allow_drafts:
        raise ConfigError(
            f'drafts are off for account "{account.name}": inbox-watch changes nothing in a '
            "mailbox unless told to.",
            "Set allow_drafts = true in its [[accounts]] section to let `followup --draft` "
            "add the draft, or use --mailto.",
        )
    client = connect(account, password_source(account))
    try:
        with map_imap_errors(account):
            folder = find_drafts_folder(list_folders(client))
            if folder is None:
                raise UserError(
                    f'account "{account.name}" has no Drafts folder (none flagged \\Drafts, '
                    "no common name); inbox-watch creates no folder.",
                    "Use --mailto instead.",
                )
            sender = account.own_addresses[0] if account.own_addresses else None
            append_draft(client, folder, compose_draft(plan.draft, sender, now), now)
    finally:
        logout(client)
    return account, folder


def _draft_account(settings: Settings, name: str | None) -> AccountSettings:
    accounts = settings.require_accounts()
    if name is not None and any(a.name == name for a in accounts):
        return settings.account(name)
    if len(accounts) == 1:
        return accounts[0]
    raise UsageError(
        "several accounts are configured and this request's mail names none.",
        "Say which with --account NAME.",
    )
