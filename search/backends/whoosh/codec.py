"""Whoosh's W3 codec with a term's single posting kept in its term entry ("inlined"), and
field lengths read once into lists.

Most grams of an archive (rare bigrams, names) occur in one article: W3 writes each of them a
posting block of its own (a header, a pickle, zlib), about a third of the time a bulk build
spends writing postings. W3 can inline short posting lists into the term table instead, and its
readers read them (a ListMatcher, the same scores), but its writer never does: inlinelimit=1
inlines lists shorter than one posting, and a larger limit calls a method W3TermInfo lacks
(Whoosh 2.7.5). This codec inlines lists of one posting. Segments record their codec, so an
index written with it needs this module to be read; indexes written by W3Codec read as before.

A commit writes each posting with its document's field length, which W3 reads from the segment's
length column (a file read a posting, a tenth of a bulk build): ListedLengthsReader reads each
column once into a list (the same byte-quantised lengths).
"""

from whoosh.codec.whoosh3 import (
    LENGTHS_COLUMN,
    W3Codec,
    W3PerDocReader,
    W3PostingsWriter,
    _lenfield,
)
from whoosh.util.numeric import byte_to_length

INLINE = 1  # postings a term may have to be kept in its term entry


class InliningPostingsWriter(W3PostingsWriter):
    def finish_postings(self):
        if self.written() or len(self) > INLINE:
            return super().finish_postings()
        terminfo = self._terminfo
        terminfo.add_block(self)
        terminfo.set_inlined(self._ids, self._weights, self._inlined_values())
        self._terminfo = None
        return terminfo

    def _inlined_values(self) -> list[bytes]:
        """A bytes value for each posting. W3 keeps no empty value (ID, numeric and date fields
        have nothing but b''), and a ListMatcher without values hands a merge the str '' for
        each posting, which Whoosh's pool refuses: b'' kept as b'' reads back as b''."""
        if len(self._values) == len(self._ids):
            return self._values
        return [b""] * len(self._ids)


class ListedLengthsReader(W3PerDocReader):
    def __init__(self, storage, segment):
        super().__init__(storage, segment)
        self._listed = {}

    def doc_field_length(self, docnum, fieldname, default=0):
        if fieldname not in self._listed:
            column = self._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            self._listed[fieldname] = (
                None if column is None else [byte_to_length(b) if b else None for b in column]
            )
        lengths = self._listed[fieldname]
        return default if lengths is None else lengths[docnum]


class InliningCodec(W3Codec):
    def per_document_reader(self, storage, segment):
        return ListedLengthsReader(storage, segment)

    def postings_writer(self, dbfile, byteids=False):
        return InliningPostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
        )
