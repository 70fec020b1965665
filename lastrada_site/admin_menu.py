"""Admin menu items that only some staff see: the reports, the statistics and the
sign-in lockouts each name who may open them, and the menu hides them from the rest."""

from functools import cached_property, partial

from django.urls import path
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet


class MenuItemFor(MenuItem):
    """A menu item shown only to the users for whom `shown_to(user)` is true."""

    def __init__(self, *args, shown_to, **kwargs):
        super().__init__(*args, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request):
        return self.shown_to(request.user)


class ScreensViewSet(ViewSet):
    """A few admin screens behind one menu entry, which only users with `permission`
    see. `screens` maps each URL name to its route and view; the menu opens "index"."""

    permission = None
    screens = {}

    def get_urlpatterns(self):
        return [path(route, view, name=name) for name, (route, view) in self.screens.items()]

    @cached_property
    def menu_item_class(self):
        return partial(MenuItemFor, shown_to=lambda user: user.has_perm(self.permission))
