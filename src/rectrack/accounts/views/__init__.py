"""Account pages, one module per resource: sign_in, account, passwords, tokens, sign_in_log."""
