"""LinkedIn data export: ``Shares.csv`` (Date, ShareLink, ShareCommentary, SharedUrl, MediaUrl, Visibility).

LinkedIn's quirks handled here: multi-line quoted fields, doubled quotes, a commentary sometimes quoted twice
(three quotes on each side in the file, so still wrapped in quotes after one CSV decoding), empty commentaries
for reshares (rejected as "empty"), dates like ``2023-04-12 08:15:42`` (UTC). A byte that is not UTF-8 rejects
its row only. Rejected rows carry the physical line where their record starts (the header is line 1).
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator

from brandjournal.importers.common import (
    ImportedPost,
    ImportFormatError,
    ImportProblem,
    ParseResult,
    Rejected,
    RejectProblem,
    clean_text,
    has_surrogates,
    make_title,
    parse_timestamp,
)

SOURCE = "linkedin"
REQUIRED = ("date", "sharecommentary")


def looks_like_shares_csv(first_line: str) -> bool:
    header = {cell.strip().strip('"').strip().casefold() for cell in first_line.lstrip("\ufeff").split(",")}
    return all(column in header for column in REQUIRED)


def parse_bytes(data: bytes) -> ParseResult:
    # utf-8-sig drops the BOM; surrogateescape keeps bad bytes visible so only their row is rejected.
    text = data.decode("utf-8-sig", errors="surrogateescape")
    return parse_text(text)


def parse_text(text: str) -> ParseResult:
    """Parse the content of a Shares.csv (already decoded; the BOM may still be there)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise ImportFormatError(ImportProblem.CSV_BINARY)
    lines = io.StringIO(text, newline="")
    reader = csv.reader(lines, strict=True)  # a stray quote rejects its record instead of eating the next ones
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFormatError(ImportProblem.CSV_EMPTY) from None
    except csv.Error as exc:
        raise ImportFormatError(ImportProblem.CSV_BAD_HEADER, detail=exc) from None
    columns = {name.strip().casefold(): i for i, name in enumerate(header)}
    missing = [c for c in REQUIRED if c not in columns]
    if missing or has_surrogates("".join(header)):
        raise ImportFormatError(ImportProblem.CSV_MISSING_COLUMNS)
    result = ParseResult(SOURCE)
    for start, row, error in _records(reader):
        if row is None:
            result.rejected.append(Rejected.because(start, RejectProblem.CSV_RECORD_UNREADABLE, detail=error))
            continue
        if not row:
            continue  # a blank line
        if has_surrogates("".join(row)):
            result.rejected.append(Rejected.because(start, RejectProblem.NOT_UTF8))
            continue
        _parse_row(start, row, columns, result)
    return result


def _records(reader) -> Iterator[tuple[int, list[str] | None, str]]:
    """(physical line where the record starts, fields or None, csv's complaint when it could not read it)."""
    previous_end = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield previous_end + 1, None, str(exc)
            if reader.line_num == previous_end:
                return  # csv made no progress: nothing more can be read
        else:
            yield previous_end + 1, row, ""
        previous_end = reader.line_num


def _field(row: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return row[index] if index is not None and index < len(row) else ""


def _parse_row(line: int, row: list[str], columns: dict[str, int], result: ParseResult) -> None:
    raw_date = _field(row, columns, "date").strip()
    commentary = clean_text(unwrap_commentary(_field(row, columns, "sharecommentary")))
    if not commentary.strip():
        result.rejected.append(Rejected.because(line, RejectProblem.EMPTY))
        return
    if not raw_date:
        result.rejected.append(Rejected.because(line, RejectProblem.NO_DATE))
        return
    published = parse_timestamp(raw_date)
    if published is None:
        result.rejected.append(Rejected.because(line, RejectProblem.BAD_DATE, value=repr(raw_date[:40])))
        return
    link = _field(row, columns, "sharelink").strip()
    source_id = link or _derived_id(raw_date, commentary)
    result.posts.append(
        ImportedPost(
            source=SOURCE,
            source_id=source_id,
            title=make_title(commentary),
            body=commentary,
            published_at=published,
            url=link if link.startswith(("http://", "https://")) else None,
        )
    )


def _derived_id(date: str, body: str) -> str:
    """A stable id for a share without ShareLink: its date and a hash of its text."""
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
    return f"{date}#{digest}"


def unwrap_commentary(value: str) -> str:
    '''Undo LinkedIn's extra quoting: ``"He said ""hi"""`` becomes ``He said "hi"``.

    Only when the whole value is wrapped in quotes and every quote inside is doubled (so it really is a second
    layer of CSV quoting). A post that is nothing but a quotation ("Stay hungry.") loses its outer quotes too:
    the export gives no way to tell the two apart.
    '''
    if len(value) >= 2 and value.startswith('"') and value.endswith('"'):
        inner = value[1:-1]
        if '"' not in inner.replace('""', ""):
            return inner.replace('""', '"')
    return value
