"""The jobs view: the table, its model and filter, thumbnails and the problem panel."""
