"""What the search index holds for each Article (haystack reads this module by name)."""

import hashlib

from haystack import indexes

from archive.models import Article


def article_text(article: Article) -> str:
    """Everything searchable of an article, one part a line: title to places with parents."""
    parts = [article.title, article.kicker, article.subtitle]
    parts += [str(p) for p in article.paragraphs or []]
    parts += [str(c) for c in article.captions or []]
    parts += [b.person.name for b in article.bylines.all()]
    parts += ["".join(ap.place.path_names()) for ap in article.article_places.all()]
    return "\n".join(p for p in parts if p)


def place_codes(article: Article) -> list[str]:
    """Codes of the article's places and of every place containing them."""
    codes = []
    for ap in article.article_places.all():
        for place in [*ap.place.ancestors(), ap.place]:
            if place.code not in codes:
                codes.append(place.code)
    return codes


def article_digest(article: Article, text: str) -> str:
    """A short hash of everything indexed for the article: check_index compares it to find
    documents whose article changed without an index update (text fields are not stored)."""
    parts = [text, article.kind, str(article.date or ""), *place_codes(article)]
    parts += [f"{b.role}:{b.person.name}" for b in article.bylines.all()]
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).hexdigest()


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    text = indexes.CharField(document=True)  # the backend chooses the analyzer: matching
    words = indexes.CharField()  # the same text cut into jieba words: ranking only
    title = indexes.CharField(model_attr="title", boost=2.0)
    places = indexes.MultiValueField()
    persons = indexes.MultiValueField()
    kind = indexes.CharField(model_attr="kind")
    date = indexes.DateField(model_attr="date", null=True)
    year_month = indexes.CharField()
    digest = indexes.CharField(indexed=False)  # stored only

    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        return Article.objects.with_related()

    def prepare(self, obj):
        obj._search_text = article_text(obj)
        return super().prepare(obj)

    def prepare_text(self, obj):
        return getattr(obj, "_search_text", None) or article_text(obj)

    def prepare_words(self, obj):
        return self.prepare_text(obj)

    def prepare_places(self, obj):
        return place_codes(obj)

    def prepare_persons(self, obj):
        return [b.person.name for b in obj.bylines.all()]

    def prepare_year_month(self, obj):
        return obj.date.strftime("%Y-%m") if obj.date else ""

    def prepare_digest(self, obj):
        return article_digest(obj, self.prepare_text(obj))
