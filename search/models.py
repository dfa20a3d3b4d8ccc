"""The durable queue of index updates (queue mode): rows written with the change, drained later."""

from contextlib import contextmanager, nullcontext

from django.db import connections, models, transaction
from django.utils import timezone


class IndexTaskQuerySet(models.QuerySet):
    def enqueue(self, article_pks) -> None:
        """One task per article: a repeated save moves its queued_at on instead of adding a row."""
        now = timezone.now()
        self.bulk_create(
            [IndexTask(article_id=pk, queued_at=now) for pk in set(article_pks)],
            update_conflicts=True,
            unique_fields=["article_id"],
            update_fields=["queued_at"],
        )

    @contextmanager
    def claimed(self, limit: int):
        """Yield the oldest `limit` tasks; delete them when the block ends without an error,
        except those re-queued meanwhile (a newer change still waits for its turn).

        PostgreSQL: the tasks stay row-locked until then and other workers skip them. SQLite has
        no row locks (and a transaction there would hold the database's write lock through the
        index write), so the claim is a plain read: run one worker."""
        locks = connections[self.db].features.has_select_for_update_skip_locked
        with transaction.atomic(using=self.db) if locks else nullcontext():
            oldest = self.order_by("queued_at", "pk")
            if locks:
                oldest = oldest.select_for_update(skip_locked=True)
            tasks = list(oldest[:limit])
            yield tasks
            self._finish(tasks)

    def _finish(self, tasks) -> None:
        claimed = {task.pk: task.queued_at for task in tasks}
        with transaction.atomic(using=self.db):
            current = self.filter(pk__in=claimed).values_list("pk", "queued_at")
            self.filter(pk__in=[pk for pk, at in current if claimed[pk] == at]).delete()


class IndexTask(models.Model):
    """An article whose index document must be rewritten (or removed: no FK, it may be gone)."""

    article_id = models.BigIntegerField(unique=True)
    queued_at = models.DateTimeField(db_index=True)

    objects = IndexTaskQuerySet.as_manager()

    def __str__(self):
        return f"index article {self.article_id} (queued {self.queued_at:%Y-%m-%d %H:%M:%S})"
