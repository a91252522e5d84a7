"""The `newsdesk` command line: one module per group of commands, `main` in cli.main.

The CLI sits on the services of `newsdesk.app` and never imports Textual, except
`cli.workstation`, which opens the workstation when no command is given.
"""
