"""The editors' admin forms: paragraphs as plain text, and the confirmation forms of cut fixes."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from archive import editing
from archive.models import Article, Person

_BLANK_LINE = re.compile(r"\n\s*\n")


class ParagraphsField(forms.Field):
    """A JSON list of paragraphs edited as text, one paragraph per blank-line-separated block."""

    widget = forms.Textarea(attrs={"rows": 16, "cols": 100})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n\n".join(map(str, value))
        return value

    def to_python(self, value) -> list[str]:
        text = (value or "").replace("\r\n", "\n")
        return [block.strip() for block in _BLANK_LINE.split(text) if block.strip()]


class ArticleForm(forms.ModelForm):
    paragraphs = ParagraphsField(
        label=_("正文段落"), required=False, help_text=_("一段一块，段与段之间空一行。")
    )
    captions = ParagraphsField(
        label=_("图片说明"), required=False, help_text=_("一条图片说明一块，之间空一行。")
    )

    class Meta:
        model = Article
        fields = [
            "kicker",
            "title",
            "subtitle",
            "byline",
            "date",
            "kind",
            "paragraphs",
            "captions",
            "reviewed",
        ]

    def edited_names(self) -> list[str]:
        """The changed fields an editor can list in Article.edited_fields."""
        return [name for name in self.changed_data if name in Article.EDITABLE_FIELDS]


class CutForm(forms.Form):
    """A confirmation form for one cut fix on one article; apply() makes it."""

    title = ""

    def __init__(self, article: Article, *args, **kwargs):
        self.article = article
        super().__init__(*args, **kwargs)

    def apply(self) -> Article:
        """Make the fix; returns the article to show next. Raises editing.EditError."""
        raise NotImplementedError


class SplitForm(CutForm):
    title = _("拆分文章")
    at = forms.TypedChoiceField(label=_("新文章从这一段开始"), coerce=int, widget=forms.RadioSelect)
    new_title = forms.CharField(label=_("新文章标题"), max_length=500, required=False)

    def __init__(self, article, *args, **kwargs):
        super().__init__(article, *args, **kwargs)
        paragraphs = article.paragraphs
        self.fields["at"].choices = [(n, paragraphs[n][:60]) for n in range(1, len(paragraphs))]

    def apply(self) -> Article:
        return editing.split_article(
            self.article, self.cleaned_data["at"], self.cleaned_data["new_title"]
        )


class MergeNextForm(CutForm):
    title = _("与下一条合并")

    def __init__(self, article, *args, **kwargs):
        super().__init__(article, *args, **kwargs)
        self.following = editing.neighbour(article, 1)

    def clean(self):
        if self.following is None:
            raise forms.ValidationError(
                _("文章 %(pk)s 是本版最后一条，没有可合并的下一条。") % {"pk": self.article.pk}
            )
        return super().clean()

    def apply(self) -> Article:
        return editing.merge_articles(self.article, self.following)


class MoveParagraphForm(CutForm):
    title = _("把一段移到相邻的一条")
    step = forms.TypedChoiceField(
        label=_("移动"),
        coerce=int,
        widget=forms.RadioSelect,
        choices=[(1, _("最后一段移到下一条开头")), (-1, _("第一段移到上一条末尾"))],
    )

    def apply(self) -> Article:
        return editing.move_paragraph(self.article, self.cleaned_data["step"])


class MergePeopleForm(forms.Form):
    """Which of the selected people survives a merge (the others become its aliases)."""

    survivor = forms.ModelChoiceField(
        label=_("保留"), queryset=Person.objects.none(), widget=forms.RadioSelect, empty_label=None
    )

    def __init__(self, people, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.people = people
        self.fields["survivor"].queryset = people
