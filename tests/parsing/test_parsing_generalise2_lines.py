"""Line-level rules found by the second round of invented pages (generalise2)."""

from archive.parsing.bylines import parse_credit_line


def test_a_guest_photographer_is_credited_by_name():
    credits = parse_credit_line("特约摄影 何建国 通讯员 徐丽娜 摄")
    assert [c.name for c in credits] == ["何建国", "徐丽娜"]
