"""The API speaks JSON only: it answers JSON whatever the `Accept` header asks (a browser
that asks for HTML first gets the JSON rather than a 406)."""

from rest_framework.negotiation import DefaultContentNegotiation


class JsonWhateverIsAsked(DefaultContentNegotiation):
    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type
