"""The background daemon: per-folder watchers, the notifier, the service unit files."""
