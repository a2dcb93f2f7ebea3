"""Both members of a pair asked ("城镇和农村居民人均可支配收入各是多少", round 65h) are what a report
states as "城乡居民人均可支配收入分别达到…和…": no look-alike measure."""
from __future__ import annotations

from answers.contrasts import clause_contrasted

SENTENCE = "城乡居民人均可支配收入分别达到52680元和24315元，分别增长4.6%和6.7%。"
CLAUSE = "城乡居民人均可支配收入分别达到52680元和24315元"


def test_both_members_asked_are_the_pairs_sentence() -> None:
    assert not clause_contrasted("去年城镇和农村居民人均可支配收入各是多少", CLAUSE, SENTENCE)
    assert not clause_contrasted("去年城镇、农村居民人均可支配收入分别多少", CLAUSE, SENTENCE)



def test_phone_typing_of_a_grade_and_of_the_thing_asked_last() -> None:
    from answers.wording import prepare

    # a scenic grade typed in lower case, the noun asked said after "是哪俩" (round 65h, 64d)
    assert "5A的景区是哪两个" in prepare("去年新创成5a的是哪俩景区")
    assert "几A景区" in prepare("枫林古镇今年创几a景区")
    assert "1269" in prepare("“1269”行动计划是啥")  # digits in a name are no grade
