"""Use cases that read the register: status (with follow-up dates) and the reply digest."""

from __future__ import annotations

from collections.abc import Container
from datetime import date, datetime

from inbox_watch.app.health import read_daemon_health
from inbox_watch.app.reports import DigestGroup, DigestReport, RequestStatus, StatusReport
from inbox_watch.core.conversation import replay
from inbox_watch.core.lifecycle import business_days_between, follow_up_of, next_action_of
from inbox_watch.core.models import Reply, ReplyKind, RequestId, SentMail, SentRole
from inbox_watch.errors import ConfigError
from inbox_watch.settings import Settings
from inbox_watch.store.sqlite import Store


def holiday_calendar(country: str | None) -> Container[date]:
    if country is None:
        return frozenset()
    # Imported here: the holidays package costs more start-up time than the rest of
    # `status` without a country.
    import holidays as holiday_calendars

    try:
        calendar: Container[date] = holiday_calendars.country_holidays(country)
    except NotImplementedError:
        raise ConfigError(
            f'country = "{country}" is not a country the holidays library '
            "knows; use an ISO 3166 code such as US or DE."
        ) from None
    return calendar


def build_status(
    store: Store, settings: Settings, today: date, *, now: datetime | None = None
) -> StatusReport:
    replies = [r for r in store.replies() if r.kind is not ReplyKind.NOT_SUPPORT]
    by_request: dict[RequestId, list[Reply]] = {}
    for reply in replies:
        if reply.request_id is not None:
            by_request.setdefault(reply.request_id, []).append(reply)
    sent_by_request: dict[RequestId, list[SentMail]] = {}
    proposals = []
    for mail in store.sent_mail():
        if mail.request_id is not None:
            sent_by_request.setdefault(mail.request_id, []).append(mail)
        elif mail.role is SentRole.PROPOSED:
            proposals.append(mail)
    calendar = holiday_calendar(settings.country)
    windows = {vendor.slug: vendor.response_days for vendor in settings.vendor_profiles()}
    statuses = []
    for request in store.requests():
        own = by_request.get(request.id, [])
        mine = sent_by_request.get(request.id, [])
        window = windows.get(request.vendor, settings.response_days)
        conversation = replay(request, own, mine)  # once: state, follow-up, next action
        statuses.append(
            RequestStatus(
                request=request,
                state=conversation.state,
                replies=tuple(own),
                follow_up=follow_up_of(
                    request, conversation, today, calendar, window, settings.warn_days
                ),
                next=next_action_of(conversation, today, calendar, window, settings.escalate_after),
                business_days_waiting=business_days_between(request.submitted, today, calendar),
                sent=tuple(mine),
            )
        )
    return StatusReport(
        requests=tuple(statuses),
        unmatched=tuple(r for r in replies if r.request_id is None),
        suspicious=tuple(store.suspicious()),
        skipped=tuple(store.skipped()),
        daemon=read_daemon_health(store, now) if now is not None else None,
        proposals=tuple(proposals),
    )


def build_digest(store: Store, since: datetime) -> DigestReport:
    """Replies dated since ``since``, grouped by request, groups and replies newest first."""
    replies = [r for r in store.replies(since=since) if r.kind is not ReplyKind.NOT_SUPPORT]
    requests = {request.id: request for request in store.requests()}
    groups: dict[RequestId | None, list[Reply]] = {}
    for reply in replies:  # already newest first
        groups.setdefault(reply.request_id, []).append(reply)
    return DigestReport(
        since=since,
        groups=tuple(
            DigestGroup(requests.get(key) if key is not None else None, tuple(group))
            for key, group in groups.items()
        ),
    )
