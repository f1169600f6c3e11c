"""The employee's side of consent: the mail with his link and the pages the link opens."""
