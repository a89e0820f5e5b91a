"""The merge property tests once more, on encrypted case logs (issue 15).

The same properties as ``test_merge_properties.py`` (generated packages merged into
two copies of HQ in opposite orders) and ``test_merge_stateful.py`` (posts, a travel
laptop and HQ exchanging packages in random order), with every log an SQLCipher file:
the posts' logs the packages are built from, HQ and its copies, and the laptop's copy
of the office log. Fewer examples than the plain runs (each open derives a key and
every page written is encrypted); ``MERGE_EXAMPLES_ENCRYPTED`` raises them.
"""

from __future__ import annotations

import os

import pytest
import test_merge_properties as properties
import test_merge_stateful as stateful
from hypothesis import HealthCheck, given, settings
from hypothesis.stateful import invariant

from officer_desk.storage import cipher

PASSPHRASE = "병합 시험 passphrase"
EXAMPLES = int(os.environ.get("MERGE_EXAMPLES_ENCRYPTED", 6))


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> properties.World:
    made = properties.make_world(tmp_path_factory.mktemp("world-encrypted"), PASSPHRASE)
    for name in ("us.sqlite", "cn.sqlite", "hq.sqlite"):
        assert cipher.is_encrypted_file(made.root / name), name
    return made


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(properties.variants)
def test_generated_packages_never_break_the_merge_of_encrypted_logs(world, made):
    properties.generated_packages_never_break_the_merge(world, made)
    copies = sorted(world.root.glob("hq-*.sqlite"))
    assert copies and all(cipher.is_encrypted_file(p) for p in copies)


class EncryptedExchange(stateful.ExchangeWithFinalCheck):
    passphrase = PASSPHRASE

    @invariant()
    def every_log_is_encrypted(self) -> None:
        if hasattr(self, "hq"):
            for desk in (*self.desks.values(), self.hq):
                assert type(desk.conn) is cipher.CipherConnection
                assert cipher.is_encrypted_file(desk.path), desk.path


EncryptedExchange.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=10, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_posts_laptop_and_hq_converge_on_encrypted_logs = EncryptedExchange.TestCase
