"""The API's pages: 100 rows unless `per_page` asks for another size (at most 200).

A page is read in two steps: the ids of the page, sorted and cut on the narrow rows
(without descriptions and motivations, which would make every row the database sorts a
hundred times wider), then the page's 100 rows whole. One query more per page, each
cheap; the number stays the same on every page.
"""

from django.core.paginator import Page, Paginator
from rest_framework import pagination

MAX_PAGE_SIZE = 200


class NarrowSortPaginator(Paginator):
    def page(self, number) -> Page:
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        rows = self.object_list.model._default_manager.none()
        if ids:
            found = {row.pk: row for row in self._rows(ids)}
            rows = [found[pk] for pk in ids]
        return self._get_page(rows, number, self)

    def _rows(self, ids: list):
        # The same queryset (its select_related), without its ordering, for these ids.
        return self.object_list.order_by().filter(pk__in=ids)


class Pagination(pagination.PageNumberPagination):
    page_size = 100
    page_size_query_param = "per_page"
    max_page_size = MAX_PAGE_SIZE
    django_paginator_class = NarrowSortPaginator
