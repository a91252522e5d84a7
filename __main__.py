"""`python -m newsdesk`: the same as the `newsdesk` command."""

import sys

from newsdesk.tui.cli import main

sys.exit(main())
