"""The workstation's modal dialogs, one module each."""
