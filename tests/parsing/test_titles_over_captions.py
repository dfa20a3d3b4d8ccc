"""A short phrase set a picture's gap under the text above, straight over the picture's signed
caption, titles that picture's article; a caption's own lines and a paragraph's do not."""

from archive.parsing.lines import BODY, HEAD, read_lines

ABOVE = "今年以来，全县新修通村公路120公里，群众出行更加方便。"


def _kind(page: str, start: str) -> str:
    return next(ln.kind for ln in read_lines(page) if ln.text.startswith(start))


def test_a_place_and_phrase_over_a_signed_caption_is_its_title():
    page = f"""
{ABOVE}



银川:迎接“丰收节”

9月22日拍摄的银川市兴庆区街头的节日装饰。 本报记者 王明 摄

连日来,银川市各区县纷纷举办丰收节庆祝活动。
"""
    assert _kind(page, "银川") == HEAD


def test_an_exclaimed_phrase_over_a_signed_caption_is_its_title():
    page = f"""
{ABOVE}



玉米熟了,来啦!金灿灿一片

村民驾驶收割机在田间收获玉米。新华社记者 李华 摄
"""
    assert _kind(page, "玉米熟了") == HEAD


def test_a_sentence_run_on_over_two_commas_over_a_signed_caption_is_text():
    page = f"""
{ABOVE}



村民们说,今年玉米长势好,日子越过越红火

村民驾驶收割机在田间收获玉米。新华社记者 李华 摄
"""
    assert _kind(page, "村民们说") == BODY
