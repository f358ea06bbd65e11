"""The domain records behave as frozen, slotted dataclasses (they are written out by hand for start-up speed)."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from brandjournal.domain import (
    Acknowledgement,
    Draft,
    DraftStatus,
    DraftSummary,
    ExportRecord,
    Flag,
    FlagKind,
    Intention,
    IntentionKind,
    Profile,
    Report,
    Revision,
    RevisionKind,
    Severity,
    Value,
    ValueCount,
)

NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
FLAG = Flag(FlagKind.JARGON, 3, 11, "leverage", Severity.WARNING, "jargon.en.leverage", "m", sentence="We leverage.")
RECORDS = [
    Value("Honesty", "say it", ("frank",), ("spin",), "en"),
    Intention("share a lesson", IntentionKind.SHARE),
    Profile(values=(Value("Honesty"),), accepted_words=frozenset({"synergy"})),
    FLAG,
    ValueCount("Honesty", 2, 1),
    Report("en", 80, flags=(FLAG,), values=(ValueCount("Honesty"),), words=12, notices=("n",)),
    Draft(1, "t", "b", Intention(), ("linkedin",), DraftStatus.DRAFT, "en", ("x",), True, 90, NOW, NOW),
    DraftSummary(1, "t", DraftStatus.REVIEW, ("blog",), None, None, NOW, snippet="…"),
    Revision(1, 1, RevisionKind.FIRST, "t", "b", "first", NOW),
    Acknowledgement(1, 1, None, "fp", "jargon.en.x", "jargon", "x", "m", "because", NOW),
    ExportRecord(1, 1, 2, "linkedin", "txt", "abc", None, NOW),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_records_behave_as_frozen_dataclasses(record):
    cls = type(record)
    names = [f.name for f in dataclasses.fields(record)]
    assert names == list(cls.__match_args__) == list(cls.__slots__)
    assert dataclasses.is_dataclass(record)
    values = [getattr(record, n) for n in names]
    assert cls(*values) == record and hash(cls(*values)) == hash(record)
    assert cls(**dict(zip(names, values, strict=True))) == record
    assert dataclasses.replace(record) == record
    assert list(dataclasses.asdict(record)) == names
    assert pickle.loads(pickle.dumps(record)) == record
    assert copy.copy(record) == record and copy.deepcopy(record) == record
    assert repr(record).startswith(f"{cls.__name__}({names[0]}={values[0]!r}, ")
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, names[0], values[0])
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(record, names[0])
    assert not hasattr(record, "__dict__")


def test_defaults_equality_and_replace():
    assert Value("Courage") == Value(name="Courage", meaning="", fits=(), betrays=(), language=None)
    assert Value("Courage") != Value("Honesty") and Value("Courage") != Intention("Courage")
    assert dataclasses.replace(Value("Courage"), language="fr") == Value("Courage", language="fr")
    assert dataclasses.asdict(Profile(values=(Value("Courage"),)))["values"][0]["name"] == "Courage"  # nested too
    assert [f.default for f in dataclasses.fields(Report)][2:] == [(), (), None, None, 0, "", ()]
    assert dataclasses.fields(Report)[0].default is dataclasses.MISSING
    with pytest.raises(TypeError):
        Value()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Value("x", colour="red")  # type: ignore[call-arg]
    match ValueCount("Honesty", 2, 1):
        case ValueCount(name, expressed, betrayed):
            assert (name, expressed, betrayed) == ("Honesty", 2, 1)


def test_flag_fingerprint_and_dicts():
    import hashlib

    assert len(FLAG.fingerprint) == 24

    raw = "\x1f".join(("jargon.en.leverage", "leverage", "we leverage."))
    assert FLAG.fingerprint == hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]
    report = RECORDS[5]
    assert report.to_dict()["flags"][0]["fingerprint"] == FLAG.fingerprint
    assert report.warnings == (FLAG,)


def test_importing_the_domain_stays_light():
    code = (
        "import sys, brandjournal.domain; "
        "print(sorted(m for m in ('dataclasses', 'inspect', 'hashlib', 'typing', 'datetime') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
