"""The main window: layout, menus and toolbar, retranslation, geometry."""
