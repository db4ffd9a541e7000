"""Chinese and English for the messages of core's errors: ``err.<FayanError.key>``.

Each string has the placeholders of the params core passes with the key; the English is exactly
core's own message (tests/desktop/test_error_strings.py checks both against every raise site).
"""

from __future__ import annotations

ERROR_STRINGS: dict[str, tuple[str, str]] = {
    # --- import (FileOutcome.message and IngestError) ---------------------------------------------
    "err.ingest.unsupported_type": (
        "{name}：不支持的文件类型（支持 .txt .md .pdf .docx）。",
        "{name}: not a supported file type (.txt .md .pdf .docx).",
    ),
    "err.ingest.no_such_path": ("{path}：文件或文件夹不存在。", "{path}: no such file or folder."),
    "err.ingest.unchanged": ("已导入过，内容未变。", "already imported, unchanged"),
    "err.ingest.duplicate": (
        "{name}：同样的文件已在文库中，位于 {other}。",
        "{name}: the same file is already in the library as {other}.",
    ),
    "err.ingest.vanished": (
        "{name}：导入时文件消失了或无法读取（{path}）。请确认它仍然存在，然后重试。",
        "{name}: the file disappeared or could not be read while importing ({path}). Check that "
        "it still exists and try again.",
    ),
    "err.ingest.cannot_read": (
        "{name}：无法读取文件（{reason}）。",
        "{name}: cannot read the file ({reason}).",
    ),
    "err.ingest.changed_while_importing": (
        "{name}：导入过程中文件被修改了。请等它完全保存后再重新导入。",
        "{name}: the file changed while it was being imported. Wait until it is saved "
        "completely, then import it again.",
    ),
    "err.ingest.disk_full": (
        "{name}：磁盘已满，文件无法复制到文库中。请腾出空间后重新导入；文库没有任何改动。",
        "{name}: the disk is full, so the file could not be copied into the library. Free some "
        "space and import it again; nothing was changed.",
    ),
    "err.ingest.moved_before_read": (
        "《{name}》已不在 {folder}：读取之前它被移走或删除了。请找到它，重新导入。",
        "《{name}》 no longer exists at {folder}: it was moved or deleted before it could be "
        "read. Find it and import it again.",
    ),
    "err.ingest.permission_denied": (
        "《{name}》无法打开：没有读取权限。请确认你有权读取它（或把它复制到你能读取的位置），"
        "然后重新导入。",
        "《{name}》 cannot be opened: permission denied. Check that you may read it (or copy it "
        "somewhere you can), then import it again.",
    ),
    "err.ingest.not_a_file": (
        "《{name}》不是文件（而是文件夹或设备）；请选择其中的文件。",
        "《{name}》 is not a file (a folder or a device); choose the files inside it.",
    ),
    "err.ingest.unsupported_suffix": (
        "法眼无法读取《{name}》这类文件（{suffix}）；法眼可读取 .txt、.md、.pdf 和 .docx。"
        "请另存为其中一种格式，再重新导入。",
        "《{name}》 is a {suffix} file; Fayan reads .txt, .md, .pdf and .docx. Save it in one of "
        "those formats and import it again.",
    ),
    "err.ingest.empty_file": (
        "《{name}》是空文件（0 字节），没有可导入的内容。",
        "《{name}》 is empty (0 bytes): there is nothing to import.",
    ),
    "err.ingest.file_too_large": (
        "《{name}》有 {size_mb} MB，超过了此类文件（{kind}）{limit_mb} MB 的上限。"
        "请拆分成较小的文件再导入。",
        "《{name}》 is {size_mb} MB, over the {limit_mb} MB limit for {kind} files. Split it "
        "into smaller files and import those.",
    ),
    "err.ingest.no_text": (
        "《{name}》里没有文字（只有空白或排版标记），没有可导入的内容。",
        "《{name}》 has no text (only blank space or markup): there is nothing to import.",
    ),
    "err.ingest.no_documents": ("{name} 里没有可导入的文字。", "{name} has no text to import."),
    "err.ingest.not_pdf_looks_like": (
        "《{name}》不是有效的 PDF（看起来是{what}）。请确认这是你要导入的文件；如果是下载的，"
        "请重新下载。",
        "《{name}》 is not a valid PDF (it looks like {what}). Check that it is the file you "
        "meant; if it was downloaded, download it again.",
    ),
    "err.ingest.not_pdf": (
        "《{name}》不是有效的 PDF（文件开头不像 PDF）。请确认这是你要导入的文件；如果是下载的，"
        "请重新下载。",
        "《{name}》 is not a valid PDF (it does not start like a PDF). Check that it is the file "
        "you meant; if it was downloaded, download it again.",
    ),
    "err.ingest.not_docx_looks_like": (
        "《{name}》无法作为 Word 文档读取：它看起来是{what}。请用 Word 或 WPS 打开，另存为 .docx "
        "后再导入。",
        "《{name}》 cannot be read as a Word document: it looks like {what}. Open it in Word or "
        "WPS and save it as .docx, then import that.",
    ),
    "err.ingest.not_docx": (
        "《{name}》无法作为 Word 文档读取：它不是 Word .docx 文件。请用 Word 或 WPS 打开，另存为 "
        ".docx 后再导入。",
        "《{name}》 cannot be read as a Word document: it is not a Word .docx file. Open it in "
        "Word or WPS and save it as .docx, then import that.",
    ),
    "err.ingest.not_text_looks_like": (
        "《{name}》不是文本文件：它看起来是{what}。请导入原始文档，或把它另存为 .txt、.pdf 或 "
        ".docx。",
        "《{name}》 is not a text file: it looks like {what}. Import the original document, or "
        "save it as .txt/.pdf/.docx.",
    ),
    "err.ingest.binary_data": (
        "《{name}》不是文本文件（里面是二进制数据）。请确认这是你要导入的文档。",
        "《{name}》 is not a text file (it holds binary data). Check that it is the document you "
        "meant to import.",
    ),
    "err.ingest.bad_bom": (
        "《{name}》无法作为文本读取：它以 {encoding} 字节顺序标记开头，但内容不符（{error}）。"
        "请用文本编辑器打开，另存为 UTF-8 后重新导入。",
        "《{name}》 could not be read as text: it starts with a {encoding} byte-order mark "
        "{error}. Open it in an editor, save it as UTF-8, and import it again.",
    ),
    "err.ingest.unknown_encoding": (
        "《{name}》无法作为文本读取：它不是 UTF-8、UTF-16、GB18030 或 Big5 编码。"
        "请用文本编辑器打开，另存为 UTF-8 后重新导入。",
        "《{name}》 could not be read as text: it is not UTF-8, UTF-16, GB18030 or Big5. Open it "
        "in an editor, save it as UTF-8, and import it again.",
    ),
    "err.ingest.ambiguous_encoding": (
        "《{name}》：无法确定它的文字编码（可能是 {first}，也可能是 {second}）。"
        "请用文本编辑器打开，另存为 UTF-8 后重新导入。",
        "《{name}》: cannot tell its text encoding for sure (it could be {first} or {second}). "
        "Open it in an editor, save it as UTF-8, and import it again.",
    ),
    "err.ingest.uncertain_encoding": (
        "《{name}》：无法确定它的文字编码（可能是 {first}）。请用文本编辑器打开，另存为 UTF-8 "
        "后重新导入。",
        "《{name}》: cannot tell its text encoding for sure (it could be {first}). Open it in an "
        "editor, save it as UTF-8, and import it again.",
    ),
    "err.ingest.not_word_document": (
        "《{name}》不是 Word 文档（它是{what}）。请把内容另存为 .docx、.pdf 或 .txt 后再导入。",
        "《{name}》 is not a Word document (it is {what}). Save the content as .docx, .pdf or "
        ".txt and import that.",
    ),
    "err.ingest.docx_doctype": (
        "《{name}》含有 DOCTYPE 声明，而 Word 从不写入这种内容（这是人为构造文件的迹象），"
        "所以没有打开它。",
        "《{name}》 contains a DOCTYPE declaration, which Word never writes (a sign of a crafted "
        "file); it was not opened.",
    ),
    "err.ingest.docx_too_many_parts": (
        "《{name}》太大，无法安全导入：它包含 {parts:,} 个部件。请删除大图片或拆分文档，"
        "再重新导入。",
        "《{name}》 is too large to import safely: it holds {parts:,} parts. Remove big images "
        "or split the document, then import it again.",
    ),
    "err.ingest.docx_part_too_large": (
        "《{name}》太大，无法安全导入：其中的部件 {part} 解压后有 {size_mb} MB。"
        "请删除大图片或拆分文档，再重新导入。",
        "《{name}》 is too large to import safely: its part {part} expands to {size_mb} MB. "
        "Remove big images or split the document, then import it again.",
    ),
    "err.ingest.docx_zip_bomb": (
        "《{name}》太大，无法安全导入：其中的部件 {part} 压缩比高达 {ratio}:1（可能是压缩炸弹）。"
        "请删除大图片或拆分文档，再重新导入。",
        "《{name}》 is too large to import safely: its part {part} is compressed {ratio}:1 (a "
        "zip bomb?). Remove big images or split the document, then import it again.",
    ),
    "err.ingest.docx_expands_too_much": (
        "《{name}》太大，无法安全导入：解压后有 {size_mb} MB。请删除大图片或拆分文档，再重新导入。",
        "《{name}》 is too large to import safely: it expands to {size_mb} MB. Remove big images "
        "or split the document, then import it again.",
    ),
    "err.ingest.docx_damaged": (
        "《{name}》已损坏，或不是 Word .docx 文件。请用 Word 或 WPS 打开，重新另存为 .docx "
        "后再导入。",
        "《{name}》 is damaged or not a Word .docx file. Open it in Word or WPS and save it "
        "again as .docx, then import that.",
    ),
    "err.ingest.docx_encrypted": (
        "《{name}》设有密码保护：请在 Word 或 WPS 中取消密码（文件 → 保护文档），保存后重新导入。",
        "《{name}》 is password-protected: remove the password in Word or WPS (File → Protect "
        "Document), save it, then import it again.",
    ),
    "err.ingest.legacy_doc": (
        "《{name}》是旧版 Word .doc 文件，法眼无法读取：请用 Word 或 WPS 打开，另存为 .docx "
        "后再导入。",
        "《{name}》 is an old Word .doc file, which Fayan cannot read: open it in Word or WPS "
        "and save it as .docx, then import that.",
    ),
    "err.ingest.pdf_no_pages": (
        "《{name}》没有页面（页面目录为空或已损坏）。请用 PDF 阅读器打开，另存或打印为新的 PDF "
        "后再导入。",
        "《{name}》 has no pages (its page tree is empty or damaged). Open it in a PDF viewer "
        "and save or print it to a new PDF, then import that.",
    ),
    "err.ingest.pdf_scanned": (
        "《{name}》是扫描版 PDF，没有文字层：请先对它做文字识别（OCR），再导入识别结果。",
        "《{name}》 is a scanned PDF with no text layer: run OCR on it first, then import the "
        "result.",
    ),
    "err.ingest.pdf_unmapped_glyphs": (
        "《{name}》的文字层无法读取（{ratio:.0%} 的字符是无法对应到文字的字形，"
        "内嵌中文字体时常见）：请对它做文字识别（OCR），再导入识别结果。",
        "《{name}》 has a text layer that cannot be read ({ratio:.0%} of its characters are "
        "unmapped glyphs, common with embedded Chinese fonts): run OCR on it, then import the "
        "result.",
    ),
    "err.ingest.pdf_encrypted": (
        "《{name}》设有密码保护：请用密码打开，另存一份不加密的副本（或打印为 PDF），再导入。",
        "《{name}》 is password-protected: open it with its password, save an unprotected copy "
        "(or print it to PDF), then import that.",
    ),
    "err.ingest.pdf_damaged": (
        "《{name}》无法读取：文件已损坏、不完整，或并不是真正的 PDF。如果是下载的，请重新下载；"
        "否则请用 PDF 阅读器打开，另存为新的 PDF。",
        "《{name}》 cannot be read: it is damaged, incomplete, or not really a PDF. If it was "
        "downloaded, download it again; otherwise open it in a PDF viewer and save it as a new "
        "PDF.",
    ),
    "err.ingest.pdf_bad_page": (
        "《{name}》无法读取：第 {page} 页无法加载。如果是下载的，请重新下载；否则请用 PDF "
        "阅读器打开，另存为新的 PDF。",
        "《{name}》 cannot be read: page {page} cannot be loaded. If it was downloaded, download "
        "it again; otherwise open it in a PDF viewer and save it as a new PDF.",
    ),
    "err.ingest.parse_timeout": (
        "《{name}》读取超过 {seconds:g} 秒，已被中止。文件可能已损坏或结构异常复杂；"
        "请尝试重新保存，或把它拆分。",
        "《{name}》 took longer than {seconds:g} s to read and was stopped. The file may be "
        "damaged or unusually complex; try saving it again, or split it.",
    ),
    "err.ingest.parse_memory": (
        "《{name}》读取时需要超过 {limit_mb} MB 内存，已被中止。文件可能已损坏或含有压缩炸弹；"
        "请尝试重新保存。",
        "《{name}》 needed more than {limit_mb} MB of memory to read and was stopped. It may be "
        "damaged or contain a compression bomb; try saving it again.",
    ),
    "err.ingest.parser_crashed": (
        "《{name}》导致读取程序崩溃（{how}），文件很可能已损坏。"
        "请用原来的应用程序打开并重新保存，再导入新保存的文件。",
        "《{name}》 made the reader crash ({how}); the file is probably damaged. Open it in its "
        "application and save it again, then import that.",
    ),
    "err.ingest.reader_failed": (
        "《{name}》无法读取：读取程序意外出错（{error}）。请用原来的应用程序重新保存该文件；"
        "如果仍然失败，请附上“详细信息”报告这个问题。",
        "《{name}》 could not be read: the reader failed unexpectedly ({error}). Try saving the "
        "file again in its application; if it keeps failing, report it with the debug details.",
    ),
    "err.ingest.no_result": ("解析程序没有返回任何结果。", "The parser returned nothing."),
    "err.ingest.pool_closed": ("解析进程池已关闭。", "The parser pool is closed."),
    "err.ingest.cancelled": (
        "导入已取消：尚未读取的文件没有导入。",
        "Import cancelled: files not yet read were not imported.",
    ),
    "err.ingest.parser_returned_nothing": (
        "{name}：解析程序没有返回任何结果。",
        "{name}: the parser returned nothing.",
    ),
    "err.ingest.cannot_save": (
        "{name}：无法保存到文库中（{error}）。",
        "{name}: could not be saved in the library ({error}).",
    ),
    # --- the library file -------------------------------------------------------------------------
    "err.store.library_is_folder": (
        "{path} 是文件夹，不是文库文件。请选择一个 .db 文件。",
        "{path} is a folder, not a library file. Choose a .db file.",
    ),
    "err.store.library_empty_file": (
        "{path} 是空文件，不是法眼文库。请选择其他文件，或把它删除。",
        "{path} is an empty file, not a Fayan library. Choose another file or delete it.",
    ),
    "err.store.not_sqlite": (
        "{path} 不是文库文件（不是 SQLite 数据库）。请选择一个法眼文库，"
        "或输入新的文件名来新建文库。",
        "{path} is not a library file (it is not an SQLite database). Choose a Fayan library, or "
        "a new file name to create one.",
    ),
    "err.store.other_program": (
        "{path} 是其他程序的 SQLite 数据库，不是法眼文库。请选择一个法眼文库，"
        "或输入新的文件名来新建文库。",
        "{path} is an SQLite database of another program, not a Fayan library. Choose a Fayan "
        "library, or a new file name to create one.",
    ),
    "err.store.cannot_open": (
        "无法打开文库 {path}：{error}。",
        "Cannot open the library {path}: {error}.",
    ),
    "err.store.corrupt": (
        "文库 {path} 已损坏（{error}）。请从备份恢复（文库 → 备份与恢复），"
        "或把文档导入到新的文库中。",
        "The library {path} is damaged ({error}). Restore it from a backup (Library → Restore "
        "backup) or import your documents into a new library.",
    ),
    "err.store.busy": (
        "文库 {path} 正忙：另一个法眼窗口或程序正在写入。请关闭它，或稍等片刻再试。",
        "The library {path} is busy: another Fayan window or program is writing to it. Close it, "
        "or wait a moment and try again.",
    ),
    "err.store.read_only_file": (
        "文库 {path} 只能读取（文件或所在文件夹是只读的）。如需修改，请把它复制到可写入的文件夹。",
        "The library {path} can only be read (the file or its folder is read-only). Copy it to a "
        "writable folder to make changes.",
    ),
    "err.store.read_only_folder": (
        "文库 {path} 所在的文件夹是只读的，法眼无法在那里保存修改，因此以只读方式打开。如需修改，"
        "请把文库复制到可写入的文件夹。",
        "The folder of the library {path} is read-only, so Fayan cannot save changes there. It "
        "opens read-only; copy the library to a writable folder to make changes.",
    ),
    "err.store.read_only_open": (
        "文库 {path} 以只读方式打开，修改无法保存。",
        "The library {path} is open read-only; changes cannot be saved.",
    ),
    "err.store.disk_full": (
        "{path} 所在的磁盘已满。请腾出一些空间后重试；没有写入半截的内容。",
        "The disk holding {path} is full. Free some space and try again; nothing was half-written.",
    ),
    "err.store.sqlite_error": ("文库 {path} 出错：{error}。", "Library error on {path}: {error}."),
    "err.store.no_wal": (
        "文库 {path} 无法使用预写日志（它是否在网络驱动器或只读驱动器上？）。"
        "请把文库放在本机可写入的磁盘上。",
        "The library {path} cannot use write-ahead logging (is it on a network or read-only "
        "drive?). Keep the library on a local, writable disk.",
    ),
    "err.store.no_library_read_only": (
        "{path} 处没有文库，无法以只读方式打开。",
        "There is no library at {path} to open read-only.",
    ),
    "err.store.too_new": (
        "文库 {path} 是由更新版本的法眼创建的（结构版本 {version}；本版本最高只能读取 "
        "{supported}）。请升级法眼后再打开；文件没有改动。",
        "The library {path} was created by a newer version of Fayan (schema {version}; this "
        "version reads up to {supported}). Update Fayan to open it; the file was not changed.",
    ),
    "err.store.upgrade_read_only": (
        "文库 {path} 需要升级，但它是只读的。请从可写入的文件夹打开一次，完成升级。",
        "The library {path} needs an upgrade but is read-only. Open it from a writable folder "
        "once to upgrade it.",
    ),
    "err.store.migration_broken_links": (
        "把文库 {path} 升级到结构版本 {version} 时发现了损坏的关联（{rows} 行）；没有做任何改动。",
        "Upgrading the library {path} to schema {version} found broken links ({rows} rows); "
        "nothing was changed.",
    ),
    "err.store.locked": (
        "文库 {path} 已在另一个法眼窗口或命令中打开。请切换到那个窗口，或先关闭它再重试。",
        "The library {path} is already open in another Fayan window or command. Switch to that "
        "window, or close it and try again.",
    ),
    "err.store.locked_by": (
        "文库 {path} 已在另一个法眼窗口或命令中打开（{holder}）。请切换到那个窗口，"
        "或先关闭它再重试。",
        "The library {path} is already open in another Fayan window or command ({holder}). "
        "Switch to that window, or close it and try again.",
    ),
    "err.store.cannot_create_lock": (
        "无法创建锁文件 {lock}：{reason}。",
        "Cannot create the lock file {lock}: {reason}.",
    ),
    "err.store.backup_check_failed": (
        "{path} 的备份未通过完整性检查：{result}。",
        "The backup of {path} failed its integrity check: {result}.",
    ),
    "err.store.backup_disk_full": (
        "空间不足，无法把文库备份到 {folder}。请腾出一些空间；文库本身没有改动。",
        "No space left to back up the library to {folder}. Free some space; the library itself "
        "is unchanged.",
    ),
    "err.store.backup_failed": (
        "无法把文库备份到 {folder}：{error}。",
        "Could not back up the library to {folder}: {error}.",
    ),
    "err.store.backup_copy_check_failed": (
        "备份 {backup} 复制后未通过检查（{result}）。",
        "The backup {backup} failed its check after copying ({result}).",
    ),
    "err.store.damaged_no_backup": (
        "文库 {path} 已损坏（{problem}），而且没有完好的备份可以恢复。没有做任何改动。"
        "请把文档导入到新的文库中（用另一个文库文件启动法眼），并保留这个文件，以便尝试修复。",
        "The library {path} is damaged ({problem}) and there is no sound backup to restore. "
        "Nothing was changed. Import your documents into a new library (start Fayan with another "
        "library file), and keep this file for a repair attempt.",
    ),
    "err.store.backup_unusable": (
        "备份 {backup} 无法恢复：{problem}。请选择其他备份；文库没有改动。",
        "The backup {backup} cannot be restored: {problem}. Choose another backup; the library "
        "was not changed.",
    ),
    "err.store.restore_read_only": (
        "文库 {path} 以只读方式打开，无法把备份恢复到其中。",
        "The library {path} is open read-only; a backup cannot be restored into it.",
    ),
    "err.store.restore_check_failed": (
        "恢复后的文库未通过检查：{detail}",
        "The restored library failed its check: {detail}",
    ),
    "err.store.no_document": (
        "文库中没有编号为 {doc_id} 的文档。",
        "There is no document with id {doc_id} in the library.",
    ),
    # --- the document trash -----------------------------------------------------------------------
    "err.trash.not_in_trash": (
        "回收站中没有编号为 {doc_id} 的文档。",
        "There is no document with id {doc_id} in the trash.",
    ),
    "err.trash.gone_from_trash": (
        "回收站中没有编号为 {doc_id} 的文档（是否已经恢复或删除？）。",
        "There is no document with id {doc_id} in the trash (restored or deleted already?).",
    ),
    "err.trash.back_in_library": (
        "「{title}」已重新在文库中（编号 {doc_id}），所以回收站里的副本没有恢复。如果不再需要，"
        "可以删除回收站里的副本。",
        "「{title}」 is in the library again (id {doc_id}), so the copy in the trash was not "
        "restored. Delete the trash copy if you no longer need it.",
    ),
    # --- the citation graph -----------------------------------------------------------------------
    "err.graph.not_in_graph": (
        "文档 {node!r} 不在引用关系图中。",
        "Document {node!r} is not in the citation graph.",
    ),
    # --- exports ----------------------------------------------------------------------------------
    "err.export.unknown_format": (
        "无法把批注导出为 {format!r} 格式；请从以下格式中选择：{choices}。",
        "Cannot export notes as {format!r}; choose one of {choices}.",
    ),
    "err.export.path_is_folder": (
        "{path} 是文件夹；请输入要导出到的文件名。",
        "{path} is a folder; choose a file name to export to.",
    ),
    "err.export.no_folder": (
        "文件夹 {folder} 不存在；请换一个保存位置。",
        "The folder {folder} does not exist; choose another place to save.",
    ),
    "err.export.folder_not_writable": (
        "无法在文件夹 {folder} 中写入（{reason}）。请选择你有权写入的文件夹。",
        "Cannot write in the folder {folder} ({reason}). Choose a folder you are allowed to "
        "write to.",
    ),
    "err.export.write_failed": (
        "无法写入 {name}：{reason}。没有保存任何内容；请检查磁盘空间和文件夹，然后重试。",
        "Could not write {name}: {reason}. Nothing was saved; check the disk space and the "
        "folder, then try again.",
    ),
    "err.export.report_cannot_write": (
        "无法把对照报告写入 {path}：{reason}。请换一个文件夹。",
        "Cannot write the comparison report to {path}: {reason}. Choose another folder.",
    ),
    "err.export.report_write_failed": (
        "无法把对照报告写入 {path}：{reason}。请检查磁盘空间和文件夹的权限。",
        "Cannot write the comparison report to {path}: {reason}. Check the disk space and the "
        "folder's permissions.",
    ),
    # --- annotations ------------------------------------------------------------------------------
    "err.annotations.note_not_text": ("批注内容必须是文本。", "A note must be text."),
    "err.annotations.note_too_large": (
        "这条批注有 {chars:,} 个字符，上限是 {limit:,}。请删减，或分成几条批注。",
        "The note has {chars:,} characters; the limit is {limit:,}. Shorten it or split it over "
        "several annotations.",
    ),
    "err.annotations.note_invalid_char": (
        "批注中有一个不是有效文本的字符（位置 {position}）；请删除它后再保存。",
        "The note contains a character that is not valid text (at position {position}); remove "
        "it and save again.",
    ),
    "err.annotations.tag_not_text": ("标签必须是文本。", "Tags must be text."),
    "err.annotations.tag_too_long": (
        "每个标签最多 {limit} 个字符。",
        "A tag may have at most {limit} characters.",
    ),
    "err.annotations.no_such_colour": (
        "颜色 {colour!r} 不存在；请选择 0 到 {last} 之间的编号。",
        "Colour {colour!r} does not exist; choose a slot from 0 to {last}.",
    ),
    "err.annotations.unknown_colour": (
        "没有名为 {colour!r} 的颜色；请使用颜色编号或名称（{names}）。",
        "No colour called {colour!r}; use a slot number or a name ({names}).",
    ),
    "err.annotations.colour_name_length": (
        "颜色的含义需要一个 1 到 40 个字符的名称。",
        "A colour's meaning needs a name of 1 to 40 characters.",
    ),
    "err.annotations.bad_range": (
        "所选范围 {start}–{end} 不在文档内（文档共 {length} 个字符，起点必须小于终点）。",
        "The selection {start}–{end} is not inside the document (its text has {length} "
        "characters; start must be below end).",
    ),
    "err.annotations.not_found": (
        "没有编号为 {ann_id} 的批注。",
        "There is no annotation with id {ann_id}.",
    ),
    "err.annotations.unknown_status": (
        "未知的状态 {status!r}；请使用以下之一：{choices}。",
        "Unknown status {status!r}; use one of {choices}.",
    ),
    "err.annotations.unknown_order": (
        "未知的排序方式 {order!r}；请使用 'position' 或 'date'。",
        "Unknown order {order!r}; use 'position' or 'date'.",
    ),
    "err.annotations.document_gone": (
        "批注 {ann_id} 所在的文档（{title}）已不在文库中；请选择要把它附到哪篇文档。",
        "The document of annotation {ann_id} ({title}) is no longer in the library; choose the "
        "document to attach it to.",
    ),
    # --- notes backups ----------------------------------------------------------------------------
    "err.notes_backup.cannot_read": (
        "无法读取 {path}：{reason}。",
        "Cannot read {path}: {reason}.",
    ),
    "err.notes_backup.too_large": (
        "{name} 无法恢复：文件太大（{size:,} 字节）。没有做任何改动。",
        "{name} cannot be restored: the file is too large ({size:,} bytes). Nothing was changed.",
    ),
    "err.notes_backup.not_text": (
        "{name} 无法恢复：它不是文本（JSON）文件。没有做任何改动。",
        "{name} cannot be restored: it is not a text (JSON) file. Nothing was changed.",
    ),
    "err.notes_backup.bad_json": (
        "{name} 无法恢复：它不是有效的 JSON（文件损坏或不完整？），问题在第 {line} 行第 {column} "
        "列。没有做任何改动。",
        "{name} cannot be restored: it is not valid JSON (damaged or cut short?) at line {line}, "
        "column {column}. Nothing was changed.",
    ),
    "err.notes_backup.not_backup": (
        "{name} 无法恢复：它不是法眼的批注备份。没有做任何改动。",
        "{name} cannot be restored: it is not a Fayan notes backup. Nothing was changed.",
    ),
    "err.notes_backup.bad_version": (
        "{name} 无法恢复：格式版本缺失或无效。没有做任何改动。",
        "{name} cannot be restored: its format version is missing or invalid. Nothing was changed.",
    ),
    "err.notes_backup.too_new": (
        "{name} 无法恢复：它是由更新版本的法眼生成的（格式版本 {version}；本版本最高只能读取 "
        "{supported}），请先升级法眼。没有做任何改动。",
        "{name} cannot be restored: it was made by a newer Fayan (format version {version}; this "
        "version reads up to {supported}); update Fayan first. Nothing was changed.",
    ),
    "err.notes_backup.no_annotations": (
        "{name} 无法恢复：其中没有批注列表。没有做任何改动。",
        "{name} cannot be restored: it has no list of annotations. Nothing was changed.",
    ),
    "err.notes_backup.bad_palette": (
        "{name} 无法恢复：其中的颜色设置格式有误。没有做任何改动。",
        "{name} cannot be restored: its colour palette is malformed. Nothing was changed.",
    ),
    "err.notes_backup.item_not_object": (
        "{name} 无法恢复：第 {index} 条批注不是一个对象。没有做任何改动。",
        "{name} cannot be restored: annotation {index} is not an object. Nothing was changed.",
    ),
    "err.notes_backup.item_missing_field": (
        "{name} 无法恢复：第 {index} 条批注缺少字段 {field!r}。没有做任何改动。",
        "{name} cannot be restored: annotation {index} lacks the field {field!r}. Nothing was "
        "changed.",
    ),
    "err.notes_backup.item_bad_value": (
        "{name} 无法恢复：第 {index} 条批注的字段 {field!r} 取值有误。没有做任何改动。",
        "{name} cannot be restored: annotation {index} has a bad value for {field!r}. Nothing "
        "was changed.",
    ),
    "err.notes_backup.item_empty": (
        "{name} 无法恢复：第 {index} 条批注的 uuid 或引文为空。没有做任何改动。",
        "{name} cannot be restored: annotation {index} has an empty uuid or quote. Nothing was "
        "changed.",
    ),
    "err.notes_backup.item_bad_position": (
        "{name} 无法恢复：第 {index} 条批注的位置无效。没有做任何改动。",
        "{name} cannot be restored: annotation {index} has an impossible position. Nothing was "
        "changed.",
    ),
    "err.notes_backup.item_bad_status": (
        "{name} 无法恢复：第 {index} 条批注的状态 {status!r} 无法识别。没有做任何改动。",
        "{name} cannot be restored: annotation {index} has an unknown status {status!r}. Nothing "
        "was changed.",
    ),
    "err.notes_backup.item_bad_tag": (
        "{name} 无法恢复：第 {index} 条批注有一个标签不是文本。没有做任何改动。",
        "{name} cannot be restored: annotation {index} has a tag that is not text. Nothing was "
        "changed.",
    ),
    "err.notes_backup.item_bad_colour": (
        "{name} 无法恢复：第 {index} 条批注使用了颜色 {colour}，本版本没有这种颜色。"
        "没有做任何改动。",
        "{name} cannot be restored: annotation {index} uses colour {colour}, which this version "
        "does not have. Nothing was changed.",
    ),
    "err.notes_backup.item_bad_note": (
        "{name} 无法恢复：第 {index} 条批注的内容或标签无效（{detail}）。没有做任何改动。",
        "{name} cannot be restored: annotation {index} has an invalid note or tag ({detail}). "
        "Nothing was changed.",
    ),
    "err.notes_backup.bad_corrections": (
        "{name} 无法恢复：其中对自动分析结果的修改列表格式有误。没有做任何改动。",
        "{name} cannot be restored: its list of corrections is malformed. Nothing was changed.",
    ),
    "err.notes_backup.bad_correction": (
        "{name} 无法恢复：第 {index} 条对自动分析结果的修改格式有误。没有做任何改动。",
        "{name} cannot be restored: correction {index} of the analysis is malformed. Nothing was "
        "changed.",
    ),
    # --- corrections of the analysis (core/store/corrections.py) ----------------------------
    "err.correction.bad_label": (
        "未知的标注 {label!r}：句子的标注只能是 {labels}。",
        "Unknown label {label!r}: a sentence's labels are {labels}.",
    ),
    "err.correction.bearer_too_long": (
        "义务主体长 {n} 个字符，最多只能 {max} 个。",
        "The duty bearer is {n} characters long; at most {max} are allowed.",
    ),
    "err.correction.no_sentence": (
        "文档 {doc_id} 在第 {at} 个字符处没有句子；标题和空行没有可修改的解读。",
        "Document {doc_id} has no sentence at character {at}; headings and blank lines carry "
        "no reading to correct.",
    ),
    "err.correction.not_found": (
        "没有编号为 {id} 的修改记录。",
        "There is no correction with id {id}.",
    ),
    "err.correction.not_reworded": (
        "编号为 {id} 的修改所在的句子措辞未改，没有可保留的新措辞。",
        "Correction {id} sits on no reworded sentence; there is no new wording to accept.",
    ),
}

# Params whose values core picks from a fixed list of English phrases (what a file looks like,
# the kind of file a size limit is for, an encoding's name); shown in Chinese with these.
TERM_PARAMS = frozenset({"what", "suffix", "kind", "first", "second"})
TERMS_ZH: dict[str, str] = {
    "a PDF": "一个 PDF 文件",
    "a ZIP archive (or Word/Excel .docx/.xlsx)": (
        "一个 ZIP 压缩包（或 Word/Excel 的 .docx/.xlsx 文件）"
    ),
    "an empty ZIP archive": "一个空的 ZIP 压缩包",
    "a legacy Office file (.doc/.xls) or a password-protected Office file": (
        "旧版 Office 文件（.doc/.xls）或设有密码的 Office 文件"
    ),
    "a PNG image": "一张 PNG 图片",
    "a JPEG image": "一张 JPEG 图片",
    "a GIF image": "一张 GIF 图片",
    "a TIFF image": "一张 TIFF 图片",
    "a BMP image": "一张 BMP 图片",
    "a media file (RIFF/WebP/WAV)": "一个媒体文件（RIFF/WebP/WAV）",
    "a program (ELF executable)": "一个程序（ELF 可执行文件）",
    "a Windows program": "一个 Windows 程序",
    "a gzip archive": "一个 gzip 压缩包",
    "a RAR archive": "一个 RAR 压缩包",
    "a 7-Zip archive": "一个 7-Zip 压缩包",
    "a SQLite database": "一个 SQLite 数据库",
    "an RTF document": "一份 RTF 文档",
    "an Excel/PowerPoint file": "Excel 或 PowerPoint 文件",
    "a ZIP archive": "一个 ZIP 压缩包",
    "suffix-less": "无扩展名",
    "text": "文本",
    "Big5 (traditional)": "Big5（繁体）",
    "GB18030 (simplified)": "GB18030（简体）",
    "pdf": "PDF",
    "docx": "Word（.docx）",
}

# Params that carry the operating system's or SQLite's own words (str(OSError), strerror,
# sqlite3 messages). They come in English whatever the locale; the known phrases are replaced,
# anything else (a path, an unknown message) stays as it is.
REASON_PARAMS = frozenset({"reason", "error", "problem", "detail"})
REASONS_ZH: dict[str, str] = {
    # errno strerror (POSIX; the same words on macOS)
    "No space left on device": "磁盘空间已满",
    "Disk quota exceeded": "超出了磁盘配额",
    "Permission denied": "没有权限",
    "Operation not permitted": "不允许此操作",
    "No such file or directory": "文件或文件夹不存在",
    "Read-only file system": "文件系统是只读的",
    "Is a directory": "这是一个文件夹",
    "Not a directory": "不是文件夹",
    "Input/output error": "读写出错（磁盘、U 盘或网络驱动器有问题）",
    "File name too long": "文件名太长",
    "Too many open files": "打开的文件太多",
    "Device or resource busy": "设备或资源正忙",
    "File exists": "文件已存在",
    "Stale file handle": "网络文件已失效",
    "Connection timed out": "连接超时",
    "Invalid argument": "参数无效",
    "Invalid cross-device link": "不能跨磁盘移动",
    "Text file busy": "文件正被使用",
    "Too many levels of symbolic links": "符号链接层数过多（可能是循环链接）",
    "Directory not empty": "文件夹不是空的",
    "Resource temporarily unavailable": "资源暂时不可用",
    "No such device": "设备不存在（U 盘或网络驱动器可能已断开）",
    "File too large": "文件太大",
    "Broken pipe": "连接已断开",
    "Network is unreachable": "网络不可达",
    # Windows
    "The process cannot access the file because it is being used by another process": (
        "文件正被另一个程序使用"
    ),
    "Access is denied": "拒绝访问",
    "There is not enough space on the disk": "磁盘空间不足",
    # SQLite
    "database is locked": "文库正被另一个程序使用（数据库已锁定）",
    "database or disk is full": "数据库或磁盘已满",
    "disk I/O error": "磁盘读写出错",
    "file is not a database": "不是数据库文件",
    "database disk image is malformed": "数据库文件已损坏",
    "unable to open database file": "无法打开数据库文件",
    "attempt to write a readonly database": "数据库是只读的，无法写入",
    "not an error": "没有错误",
}
