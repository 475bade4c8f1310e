"""Model families: what each relay adaptor reads, as data the user can extend."""
