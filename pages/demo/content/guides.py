"""Every demo guide, from the modules that hold them, in the order the loader adds
them (a function, not a constant: the guides are data of their own modules)."""

from . import guides_help, guides_migration, guides_rights, guides_risks


def all_guides():
    return guides_migration.GUIDES + guides_help.GUIDES + guides_risks.GUIDES + guides_rights.GUIDES
