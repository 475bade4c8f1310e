"""The gallery: the jobs as a grid of tiles over the table's own model and selection."""
