"""Finding the page of a URL once per content generation instead of on every request.

Routing walks the tree one level at a time, and with translated slugs each level
loads every child page with all its columns: on a guide page that is most of the
time a page rendered anew takes. The home page, where every route starts,
remembers the result of each path it resolved, in the shared cache and under the
content generation, so publishing, moving or deleting a page makes every
remembered route stale at once. A path that leads nowhere raises Http404 and is
not remembered, so unknown addresses cannot fill the cache.
"""

from django.utils.translation import get_language

from lastrada_site import page_cache


class RememberedRoutesMixin:
    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        return page_cache.remembered(
            "route",
            (self.pk, get_language(), tuple(path_components)),
            lambda: super(RememberedRoutesMixin, self).route(request, path_components),
        )
