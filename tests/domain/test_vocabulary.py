"""Vocabularies are seed data with Korean and English labels, not constants."""

from __future__ import annotations

from officer_desk.domain.kinds import KINDS
from officer_desk.domain.vocabulary import seed_posts, seed_vocabularies

VOCAB = seed_vocabularies()


def test_every_vocabulary_a_field_uses_is_seeded():
    used = {f.vocab for k in KINDS for f in k.fields if f.vocab}
    assert used <= set(VOCAB.vocabularies())
    for name in used:
        assert VOCAB.terms(name), name


def test_brief_vocabulary_is_there_in_both_languages():
    assert VOCAB.label("ip_type", "trade_secret", "ko") == "영업비밀"
    assert VOCAB.label("ip_type", "trade_secret", "en") == "Trade secret"
    assert "npe" in VOCAB.codes("counterparty_type")
    assert len(VOCAB.codes("technology_field")) == 13
    for name in VOCAB.vocabularies():
        for t in VOCAB.terms(name):
            assert t.ko and t.en, (name, t.code)


def test_stages_are_in_process_order():
    assert VOCAB.codes("stage")[0] == "intake"
    assert VOCAB.codes("stage")[-1] == "closed"


def test_default_posts():
    posts = {p["code"]: p for p in seed_posts()}
    assert set(posts) == {"US", "CN", "JP", "EU", "GVA", "HQ"}
    assert posts["GVA"]["city_en"] == "Geneva"
    assert posts["HQ"]["is_hq"] is True


def test_match_ignores_case_and_spacing():
    assert VOCAB.match("dispute_kind", "itc 337") == "itc_337"
    assert VOCAB.match("company_size", "SME") == "sme"
    assert VOCAB.match("company_size", "nothing like it") is None
