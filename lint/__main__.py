"""``python -m lint`` runs playbook-lint."""

import sys

from lint.cli import main

sys.exit(main())
