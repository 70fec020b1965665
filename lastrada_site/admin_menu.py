"""Admin menu items that only some staff see: the reports, the statistics and the
sign-in lockouts each name who may open them, and the menu hides them from the rest."""

from wagtail.admin.menu import MenuItem


class MenuItemFor(MenuItem):
    """A menu item shown only to the users for whom `shown_to(user)` is true."""

    def __init__(self, *args, shown_to, **kwargs):
        super().__init__(*args, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request):
        return self.shown_to(request.user)
