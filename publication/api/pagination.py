"""The API's pages: 100 rows unless `per_page` asks for another size (at most 200)."""

from rest_framework import pagination

MAX_PAGE_SIZE = 200


class Pagination(pagination.PageNumberPagination):
    page_size = 100
    page_size_query_param = "per_page"
    max_page_size = MAX_PAGE_SIZE
