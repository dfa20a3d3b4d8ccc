"""The layout thresholds the line rules and the block builder judge by, and per-paper overrides.

Widths are in CJK cells (a half-width character is half a cell); gaps count blank lines. The
defaults fit the papers the parser was built on; a paper set in other columns gets its own
values in PAPER_OVERRIDES, chosen by the paper its page comes from (the sidecar's "paper",
or the one its running head prints).
"""

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class LayoutProfile:
    # The page and its columns
    page_top: int = 4  # lines at the head of a page where its running head and label stand
    column_reach: int = 8  # lines either side whose text measures a line's column
    column_percentile: float = 0.8  # of those widths: the column, above a ragged short line
    column_min_text: float = 4  # narrower text lines say nothing about the column
    full_slack: float = 1.5  # a line this close to its column's edge runs full
    narrow_column: float = 45  # narrower columns wrap their text at the edge
    big_gap: int = 2  # blank lines that mark a picture (or a new block) between two lines
    sticks_out: float = 2  # wider than a narrow column by this: only a heading is set so
    title_short_by: float = 3.5  # a line this far short of its column may be a title

    # Lines read by themselves
    furniture_max_width: float = 40  # a staff credit, running head or slogan
    captioned_max_width: float = 60  # a line ending in a photo credit is a caption
    gap_caption_max_width: float = 40  # a sentence alone under a picture's gap is its caption
    caption_min_width: float = 6  # narrower, a caption says no more than its source ("新华社发")
    section_label_max: float = 8  # a page's section label beside its running head
    dateline_tail_reach: int = 10  # where 讯/电/息 ends a dateline broken onto the next line
    bracket_reach_lines: int = 4  # a closing byline's bracket broken over a narrow column

    # Titles and heading sets
    title_max_width: float = 40  # a heading found by its neighbours runs no wider
    over_byline_title_max: float = 60  # the line over a byline or credit may run this wide
    wide_title_max: float = 30  # a punctuated title on a wide page or under a closing byline
    wide_page_title_share: float = 3  # on a wide page, a title is a column / this wide at most
    title_phrase_breaks: int = 1  # commas or colons a short punctuated title carries at most
    short_title_max: float = 30  # asking, dashed and genre-labelled titles
    narrow_run_lines: int = 3  # lines of one width set close: a narrow column's text
    narrow_run_min_width: float = 10  # as wide at least: shorter runs are labels and titles
    narrow_run_spread: float = 2  # how far their widths part (digits, punctuation)
    measure_slack: int = 1  # characters a narrow column's lines part by at its fixed measure
    title_set_max_lines: int = 3  # a title set over a dateline: kicker, title, subtitle
    title_set_sentence_commas: int = 2  # this many commas break off a sentence, not a title
    kicker_max_width: float = 12  # a kicker over a markdown title
    kicker_max_lines: int = 2  # over a markdown title, or broken by —— over a plain one
    subtitle_max_width: float = 50  # a subtitle under a markdown title

    # Bylines and sign-offs
    byline_part_max: float = 30  # a byline's first part, its last character broken off
    byline_tail_max: float = 2  # that broken-off last character ("李林 / 晅")
    name_min_chars: int = 2  # a bare name under a title: 2-3 characters
    name_max_chars: int = 3
    bare_names_max: int = 3  # writers signed by name alone under a title, spaced apart
    name_title_max: float = 30  # the unpunctuated title a bare name stands under
    issuer_max_width: float = 30  # a notice's issuing body signing it off

    # Blocks
    column_label_max: float = 8  # a column's label over briefs: 简讯, 区县传真
    own_caption_max: float = 30  # a picture's caption between its article's title and text
    intro_max_paras: int = 2  # a feature's intro over its first "X：" section heading
    brief_max: float = 400  # text under a bulleted brief's title; a feature's runs longer
    photo_run_reach: int = 4  # paragraphs under a picture that may end in the next one's credit
    # Text this many times as wide as the narrow column it follows (or precedes) is wrapped to
    # another column: another article's. An OCR line run into the next is twice as wide at most.
    measure_change: float = 3


DEFAULT_PROFILE = LayoutProfile()

# Paper name (as the sidecar or running head gives it) -> the thresholds it sets otherwise.
PAPER_OVERRIDES: dict[str, dict[str, float]] = {}


def profile_for(paper: str) -> LayoutProfile:
    """The defaults with the paper's own overrides, if it has any."""
    overrides = PAPER_OVERRIDES.get(paper)
    return replace(DEFAULT_PROFILE, **overrides) if overrides else DEFAULT_PROFILE
