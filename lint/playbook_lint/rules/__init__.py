"""One module per rule: its metadata and its check side by side (see playbook_lint.rulebase)."""
