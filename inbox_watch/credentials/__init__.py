"""Credentials: config/env/command secrets, the system keyring and OAuth2 tokens.

Adapter: keyring and requests-oauthlib stay in this package; secrets never leave it
except as the return value of :func:`sources.resolve_password`, and never in a message.
"""
