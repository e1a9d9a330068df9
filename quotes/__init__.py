"""quotes: who said what, in the news.

The flow, one module per step:
read -> parse -> find (quote spans, cues) -> attribute (speakers, roles) -> store -> serve.
"""

__version__ = "0.1.0"
