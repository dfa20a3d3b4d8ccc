"""A line shaped as a byline (a box, the outlet, a role word, a name set apart) is never a
heading, even when its names run together past what the byline reader can split."""

from archive.parsing.lines import HEAD, read_lines

WIDE_TEXT = (
    "金秋时节,城郊各乡镇的稻谷陆续成熟,田间地头处处是农民忙着收割、晾晒、装袋的身影,"
    "一派繁忙的丰收景象。合作社的烘干机日夜运转,新收的稻谷经烘干后直接装车运往米厂加工。"
)


def test_a_boxed_byline_with_names_set_solid_on_a_wide_page_is_no_heading():
    lines = read_lines(f"""
{WIDE_TEXT}

□江城在线记者 周明远 欧阳晓红刘付振华

{WIDE_TEXT}
""")
    assert lines[1].kind != HEAD


def test_a_boxed_column_label_naming_a_role_is_still_a_heading():
    lines = read_lines(f"""
{WIDE_TEXT}

■记者走基层

{WIDE_TEXT}
""")
    assert lines[1].kind == HEAD
