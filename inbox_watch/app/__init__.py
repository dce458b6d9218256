"""Use cases: each wires the pure core to the adapters and returns a report dataclass."""
