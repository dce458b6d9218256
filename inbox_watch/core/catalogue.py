"""The built-in vendor catalogue: the vendors people most often write to, as data.

Parses the table of ``vendors.toml`` (read by ``settings``); every entry names its
sources, and what could not be checked is listed as unverified, so a profile
never claims more than is known.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inbox_watch.core.table_fields import optional_string, problem_reason, string_list
from inbox_watch.core.vendors import (
    FREE_MAIL_DOMAINS,
    HELPDESK_STYLES,
    VendorProfile,
    slugify,
    ticket_pattern_problem,
)


def parse_catalogue(table: Mapping[str, Any]) -> tuple[tuple[VendorProfile, ...], list[str]]:
    """Vendor profiles from a parsed catalogue, and one problem line per bad entry
    (skipped).

    >>> profiles, problems = parse_catalogue({"acme": {"name": "Acme",
    ...     "domains": ["acme.example"], "sources": ["https://acme.example/help"]}})
    >>> profiles[0].slug, profiles[0].always_watched, problems
    ('acme', False, [])
    >>> parse_catalogue({"acme": {"name": "Acme", "domains": ["acme.example"]}})[1]
    ["vendor 'acme': missing 'sources'"]
    """
    profiles: list[VendorProfile] = []
    problems: list[str] = []
    for key, entry in table.items():
        try:
            profiles.append(_parse_entry(key, entry))
        except (KeyError, TypeError, ValueError) as exc:
            problems.append(f"vendor {key!r}: {problem_reason(exc)}")
    return tuple(profiles), problems


def _parse_entry(key: str, entry: Any) -> VendorProfile:
    if not isinstance(entry, Mapping):
        raise TypeError("must be a table")
    name = optional_string(entry, "name") or key
    if slugify(name) != key:
        raise ValueError(f"the key must be the slug of its name ({slugify(name)!r})")
    domains = tuple(d.strip().lower() for d in string_list(entry["domains"], "domains"))
    if not domains:
        raise ValueError("domains must name at least one domain")
    shared = [d for d in domains if d in FREE_MAIL_DOMAINS]
    if shared:
        # Every mailbox there passes DKIM for it: anyone could write as "the vendor".
        raise ValueError(f"{', '.join(shared)} is a free-mail domain, not a vendor's own")
    sources = string_list(entry["sources"], "sources")
    if not sources:
        raise ValueError("sources must name at least one source")
    helpdesk_key = optional_string(entry, "helpdesk") or "generic"
    if helpdesk_key not in HELPDESK_STYLES:
        raise ValueError(f"helpdesk must be one of {', '.join(sorted(HELPDESK_STYLES))}")
    helpdesk = HELPDESK_STYLES[helpdesk_key]
    patterns = string_list(entry.get("ticket_patterns", []), "ticket_patterns")
    for pattern in patterns:
        problem = ticket_pattern_problem(pattern)
        if problem is not None:
            raise ValueError(f"ticket pattern {pattern!r} {problem}")
    return VendorProfile(
        name=name,
        slug=key,
        domains=domains,
        helpdesk=helpdesk,
        ticket_patterns=patterns,
        not_support_senders=tuple(
            s.strip().lower() for s in string_list(entry.get("not_support", []), "not_support")
        ),
        builtin=True,
        always_watched=False,
        sources=sources,
        unverified=string_list(entry.get("unverified", []), "unverified"),
    )
