"""Domain values passed between pipeline stages: frozen, plain, picklable (they cross processes).

All ``start``/``end`` are code-point offsets into the document's clean text, ``end`` exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Deontic labels (../shared/LABELS.md), in display order.
LABELS: tuple[str, ...] = ("obligation", "prohibition", "permission", "penalty")

# Document types (DESIGN.md §2), the values of ``doc_type``.
DOC_TYPES: tuple[str, ...] = (
    "法律",
    "行政法规",
    "部门规章",
    "地方性法规",
    "地方政府规章",
    "党内法规",
    "司法解释",
    "规范性文件",
    "国家标准",
    "行业标准",
    "政策文件",
    "讲话",
    "新闻/解读",
    "其他",
)


@dataclass(frozen=True)
class Heading:
    """A structure hint from the source format (markdown ``#``, a docx Heading style)."""

    level: int  # 1 = top
    text: str
    start: int  # offset of the heading line in RawDocument.text


@dataclass(frozen=True)
class RawDocument:
    """What a reader makes of one file: normalised text (``\\n`` newlines, NFC, no BOM)."""

    text: str
    format: str  # "txt" | "md" | "pdf" | "docx"
    headings: tuple[Heading, ...] = ()
    metadata: dict[str, str] = field(default_factory=dict)  # front matter: title, source, date, url
    warnings: tuple[str, ...] = ()  # told to the user, e.g. "tracked changes were accepted"
    encoding: str | None = None  # for text files: the detected encoding
    pages: int | None = None  # for PDFs


@dataclass(frozen=True)
class DocumentDraft:
    """One document cut out of a source file (a whole file, or one entry of a compilation)."""

    title: str
    text: str  # clean text: wrapped lines rejoined, page numbers dropped; offsets index this
    tree_path: tuple[str, ...] = ()  # collection → category → subcategory (not the title)
    metadata: dict[str, str] = field(default_factory=dict)  # rating, source, date, url, …
    ordinal: int = 0  # position in the source file, 0-based


@dataclass(frozen=True)
class Section:
    """A structural unit: 编/章/节/条/款/项/目 of a legal text, or an outline item of a policy.

    ``kind`` is one of 编 章 节 条 款 项 目 for legal texts, and for outlines the marker style:
    ``一、`` (一、), ``（一）``, ``1.`` (1. / 1、/ 1．), ``（1）``. ``parent`` indexes the same list.
    """

    kind: str
    label: str  # as written: 第一章, 第二十一条, 一、, （一）
    number: int | None  # 第一百二十三条 → 123
    title: str | None  # 总则 for 第一章 总则; None for articles
    start: int
    end: int
    parent: int | None = None
    level: int = 0  # depth in the tree, 0 = top


@dataclass(frozen=True)
class DocumentMeta:
    """Metadata read from a document's title and text (core.structure)."""

    title: str
    short_title: str | None = None  # 中华人民共和国网络安全法 → 网络安全法
    doc_type: str | None = None  # one of DOC_TYPES
    issuer: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd: promulgation/adoption/publication date
    doc_number: str | None = None  # 国发〔2022〕14号
    effective_date: str | None = None  # ISO date; or the document's own date for 自发布之日起施行


@dataclass(frozen=True)
class Sentence:
    """A sentence with its deontic labels (subset of LABELS) and duty bearer, if any."""

    start: int
    end: int
    labels: tuple[str, ...] = ()
    subject: str | None = None


@dataclass(frozen=True)
class Mention:
    """A reference found in a text, before it is resolved against the library.

    ``kind``: "document" (《…》 or a bare well-known short title), "abbreviation" (a use of a
    （以下简称…） the document defined), "self" (本法/本条例…), "article" (第二十一条 inside the
    same document), "standard" (GB/T 35273-2020), "doc_number" (国发〔2022〕14号).
    """

    start: int
    end: int
    text: str
    kind: str
    title: str | None = None  # the cited title as written, without 《》
    article: int | None = None  # cited article number, if any
    paragraph: int | None = None  # cited 款, if any
    code: str | None = None  # standard number or 文号 for those kinds


@dataclass(frozen=True)
class ProcessedDocument:
    """Everything the pipeline computed for one document, ready to be stored in one go."""

    draft: DocumentDraft
    meta: DocumentMeta
    sections: tuple[Section, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    keywords: tuple[tuple[str, float], ...] = ()
