"""``python -m playbook_lint`` runs playbook-lint."""

import sys

from playbook_lint.cli import main

sys.exit(main())
