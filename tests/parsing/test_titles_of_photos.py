"""A photo item named like a work, its title in 《》 opening its caption."""


def test_a_photos_caption_opening_on_its_title_in_book_marks_titles_it(parse):
    page = parse("""
■乡村图说



《金秋晒“丰”景》2024年9月21日,郯城县的玉米成熟收获,农民抓住晴好天气进行晾晒。（王明 摄）



老街新貌

走进老街，青石板路干净整洁，两旁的店铺生意红火。
""")
    photo = page.items[0]
    assert photo.title == "金秋晒“丰”景"
    assert photo.kicker == "乡村图说"
    assert not any(doubt.startswith("title guessed") for doubt in photo.doubts)
