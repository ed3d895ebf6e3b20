"""playbook-lint: finds answers with no measured outcome and no sign of observability."""

__version__ = "0.1.0"
