"""Compare the index's words (search.segmenter) with jieba's own on the archive's texts, each
given the archive's vocabulary (places, then every stored person) as search.dictionary gives it."""

import difflib
import time
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from archive.models import Article, Person
from search import dictionary
from search.analysis import word_tokens
from search.normalize import normalize
from search.search_indexes import article_text
from search.segmenter import Segmenter

FOLDERS = ("fixtures/pages", "tests/parsing/pages/real/dev")


class Command(BaseCommand):
    help = "Count where the index's words differ from jieba's: page folders, stored articles."

    def add_arguments(self, parser):
        parser.add_argument("folders", nargs="*", default=list(FOLDERS))
        parser.add_argument(
            "--dictionary",
            type=int,
            default=0,
            metavar="N",
            help="also N bench_search `dictionary` articles (stored, compared, rolled back)",
        )

    def handle(self, *args, folders, **options):
        import jieba

        jieba.setLogLevel(60)
        reference, segmenter = jieba.Tokenizer(), Segmenter()
        reference.tmp_dir = str(settings.ARCHIVE_DATA_DIR)
        for word in dictionary.place_words():
            reference.add_word(word)
            segmenter.add_word(word)
        pair = (reference, segmenter)
        for folder in folders:
            pages = sorted(Path(settings.BASE_DIR, folder).glob("*.txt"))
            self.compare(pair, folder, [p.read_text(encoding="utf-8") for p in pages])
        with transaction.atomic():
            if options["dictionary"]:
                from search.bench_corpus import build_corpus

                build_corpus(options["dictionary"], corpus="dictionary")
            names = sorted({normalize(n) for n in Person.objects.values_list("name", flat=True)})
            for name in names:  # as dictionary.add_persons
                reference.add_word(name)
                segmenter.add_word(name)
            texts = [article_text(a) for a in Article.objects.with_related().iterator(2000)]
            self.compare(pair, "stored articles", texts)
            transaction.set_rollback(True)

    def compare(self, pair, label, texts):
        reference, segmenter = pair
        differences, differing, words = Counter(), 0, 0
        seconds = {"jieba": 0.0, "index": 0.0}
        for text in texts:
            text = normalize(text)
            started = time.process_time()
            old = word_tokens(reference.tokenize(text))
            middle = time.process_time()
            new = word_tokens(segmenter.tokenize(text))
            seconds["jieba"] += middle - started
            seconds["index"] += time.process_time() - middle
            words += len(old)
            if old == new:
                continue
            differing += 1
            matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
            for op, i1, i2, j1, j2 in matcher.get_opcodes():
                if op != "equal":
                    was = "/".join(w for w, _, _ in old[i1:i2])
                    now = "/".join(w for w, _, _ in new[j1:j2])
                    differences[was, now] += 1
        self.stdout.write(
            f"{label}: {len(texts)} texts, {words} words; {differing} texts differ, "
            f"{sum(differences.values())} differences; CPU s jieba {seconds['jieba']:.2f}, "
            f"index {seconds['index']:.2f}"
        )
        for (was, now), n in differences.most_common(20):
            self.stdout.write(f"  {n}x jieba {was} / index {now}")
