"""UI strings in Chinese (default) and English: one table, ``tr(key)``, language persisted."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.i18n_errors import ERROR_STRINGS

LANGUAGES: dict[str, str] = {"zh": "中文", "en": "English"}

_lang = "zh"

# key: (中文, English)
STRINGS: dict[str, tuple[str, str]] = {
    "app.title": ("法眼 Fayan", "Fayan 法眼"),
    # menus
    "menu.file": ("文件(&F)", "&File"),
    "menu.edit": ("编辑(&E)", "&Edit"),
    "menu.view": ("视图(&V)", "&View"),
    "menu.go": ("转到(&G)", "&Go"),
    "menu.tools": ("工具(&T)", "&Tools"),
    "menu.settings": ("设置(&S)", "&Settings"),
    "menu.language": ("界面语言", "Language"),
    "menu.theme": ("主题", "Theme"),
    "act.import_files": ("导入文件…", "Import files…"),
    "act.import_folder": ("导入文件夹…", "Import folder…"),
    "act.quit": ("退出", "Quit"),
    "act.find": ("在文档中查找…", "Find in document…"),
    "act.search": ("搜索文库…", "Search library…"),
    "act.zoom_in": ("放大文字", "Larger text"),
    "act.zoom_out": ("缩小文字", "Smaller text"),
    "act.close_tab": ("关闭标签页", "Close tab"),
    "act.back": ("后退", "Back"),
    "act.forward": ("前进", "Forward"),
    "act.obligations_all": ("跨文档义务清单…", "Obligations across documents…"),
    "act.corrections": ("对分析结果的修改…", "Corrections of the analysis…"),
    "act.theme_light": ("浅色", "Light"),
    "act.theme_dark": ("深色", "Dark"),
    "act.open": ("打开", "Open"),
    "act.compare": ("比较这两篇文档", "Compare these two documents"),
    "act.compare_dialog": ("比较…", "Compare…"),
    "act.remove": ("从文库中移除…", "Remove from library…"),
    "act.show_source": ("显示源文件", "Show source file"),
    # library tree
    "tree.filter": ("筛选文档…", "Filter documents…"),
    "tree.mode.tree": ("按目录", "By folder"),
    "tree.mode.doc_type": ("按类型", "By type"),
    "tree.mode.issuer": ("按发布机关", "By issuer"),
    "tree.mode.year": ("按年份", "By year"),
    "tree.unfiled": ("（未分类）", "(unfiled)"),
    "tree.unknown": ("（未知）", "(unknown)"),
    "tree.header": ("文库", "Library"),
    "tree.count_tip": ("{n} 篇文档", "{n} documents"),
    # side panel
    "side.outline": ("目录", "Outline"),
    "side.obligations": ("义务", "Obligations"),
    "side.references": ("引用", "References"),
    "side.info": ("信息", "Info"),
    "side.search": ("搜索", "Search"),
    # labels
    "label.obligation": ("义务", "Obligation"),
    "label.prohibition": ("禁止", "Prohibition"),
    "label.permission": ("授权", "Permission"),
    "label.penalty": ("罚则", "Penalty"),
    "label.none": ("无", "none"),
    # reader
    "reader.empty": (
        "从左侧文库中选择一篇文档开始阅读。",
        "Pick a document in the library to start reading.",
    ),
    "reader.tip.labels": ("标注：{labels}", "Labels: {labels}"),
    "reader.tip.bearer": ("义务主体：{bearer}", "Duty bearer: {bearer}"),
    # corrections of the analysis (desktop/correction_controller.py)
    "fix.menu": ("本句解读", "Reading of this sentence"),
    "fix.bearer": ("修改义务主体…", "Duty bearer…"),
    "fix.bearer.title": ("义务主体", "Duty bearer"),
    "fix.bearer.prompt": (
        "“{text}”\n\n义务主体（留空表示没有）：",
        "“{text}”\n\nDuty bearer (empty for none):",
    ),
    "fix.revert": ("恢复自动分析结果", "Back to the analysis's reading"),
    "fix.undo": ("修改本句解读", "Correct a sentence's reading"),
    "fix.action": ("修改本句解读", "Correcting the reading"),
    "fix.done": (
        "已保存您的修改；重新分析和重新导入都会保留它。",
        "Your correction is saved; re-analysis and re-import keep it.",
    ),
    "fix.tip": (
        "您修改过本句；自动分析为：{labels} · {bearer}",
        "Corrected by you; the analysis read: {labels} · {bearer}",
    ),
    "fix.reworded": (
        "此句在您修改后措辞有变；您修改时原句为：{quote}",
        "The sentence was reworded since your correction; it read: {quote}",
    ),
    "fix.no_label": ("无标注", "no label"),
    "fixes.title": ("对分析结果的修改", "Corrections of the analysis"),
    "fixes.col.document": ("文档", "Document"),
    "fixes.col.reading": ("您的解读", "Your reading"),
    "fixes.col.analysis": ("自动分析", "The analysis read"),
    "fixes.col.text": ("原文", "Text"),
    "fixes.unplaced": ("〔已不在文中〕", "[no longer in the text] "),
    "fixes.reworded": ("〔此句措辞已改，修改时为〕", "[reworded since; it read] "),
    "fixes.open": ("打开", "Open"),
    "fixes.accept": ("保留于新措辞", "Keep on the new wording"),
    "fixes.accept.tip": (
        "核对后，此修改即为本句现行措辞的修改，不再标为措辞已改",
        "Once checked, the correction belongs to the sentence as it now reads and is no longer "
        "marked reworded",
    ),
    "fixes.accept.undo": ("保留修改于新措辞", "Keep a correction on new wording"),
    "fixes.summary": (
        "共 {n} 处修改，其中 {unplaced} 处所在的句子已不在文中。",
        "{n} corrections; {unplaced} of them on sentences no longer in the text.",
    ),
    "fixes.summary.reworded": (
        "其中 {n} 处所在的句子措辞已改（修改仍在该句上），请核对。",
        " {n} sit on sentences reworded since: check them.",
    ),
    "fixes.forget": (
        "这处修改所在的句子已不在文中。要删除这条修改记录吗？此操作无法撤销。",
        "The sentence of this correction is no longer in the text. Delete the correction? "
        "This cannot be undone.",
    ),
    "reader.ref.unresolved": ("《{title}》不在文库中", "{title} is not in the library"),
    "reader.ref.resolved": ("打开：{title}{article}", "Open: {title}{article}"),
    "reader.ref.article": (" 第{n}条", " article {n}"),
    "reader.banner.已废止": ("本文件已废止。", "This document has been repealed."),
    "reader.banner.尚未施行": ("本文件尚未施行。", "This document is not yet in force."),
    "reader.banner.已被修订": (
        "本文件已被修订，有更新的版本。",
        "This document has been amended; a newer version exists.",
    ),
    "reader.banner.evidence": ("依据：{title}", "See: {title}"),
    "reader.legend": ("高亮：", "Highlight:"),
    "popup.pin": ("固定", "Pin"),
    "popup.close": ("关闭", "Close"),
    "popup.no_article": ("（未找到该条文）", "(article not found)"),
    # find
    "find.placeholder": ("查找…", "Find…"),
    "find.next": ("下一个", "Next"),
    "find.prev": ("上一个", "Previous"),
    "find.count": ("{i}/{n}", "{i} of {n}"),
    "find.none": ("无结果", "No results"),
    # outline / obligations / refs / info
    "outline.empty": (
        "本文档没有识别出章节结构。",
        "No structure was recognised in this document.",
    ),
    "obl.col.article": ("条款", "Article"),
    "obl.col.label": ("类型", "Label"),
    "obl.col.bearer": ("义务主体", "Duty bearer"),
    "obl.col.text": ("内容", "Text"),
    "obl.col.document": ("文档", "Document"),
    "obl.all_bearers": ("全部主体（{n}）", "All bearers ({n})"),
    "obl.no_bearer": ("（未指明）", "(unnamed)"),
    "list.sep": ("、", ", "),
    "obl.carried": (
        "本句未写明义务主体，沿用本条前句的「{bearer}」",
        "Not named in this sentence: {bearer} is carried from an earlier sentence of the article",
    ),
    "obl.dialog.title": ("跨文档义务清单", "Obligations across documents"),
    "obl.dialog.bearer": ("义务主体：", "Duty bearer:"),
    "obl.dialog.docs": ("范围：{n} 篇文档", "Scope: {n} documents"),
    "obl.export": ("导出 CSV…", "Export CSV…"),
    "obl.exported": ("已导出 {n} 行到 {path}", "Exported {n} rows to {path}"),
    "ref.col.text": ("引用", "Reference"),
    "ref.col.target": ("目标", "Target"),
    "ref.col.status": ("状态", "Status"),
    "ref.in_library": ("在文库中", "in library"),
    "ref.missing": ("不在文库中", "not in library"),
    "ref.cites": ("本文引用（{n}）", "This document cites ({n})"),
    "ref.cited_by": ("被引用（{n}）", "Cited by ({n})"),
    "info.title": ("标题", "Title"),
    "info.doc_type": ("类型", "Type"),
    "info.issuer": ("发布机关", "Issuer"),
    "info.date": ("日期", "Date"),
    "info.effective": ("施行日期", "In force from"),
    "info.doc_number": ("文号", "Doc. number"),
    "info.source": ("来源文件", "Source file"),
    "info.keywords": ("关键词", "Keywords"),
    "info.status": ("效力状态", "Status"),
    "info.stats": ("统计", "Statistics"),
    "info.stats_value": ("{chars} 字，{articles} 条", "{chars} characters, {articles} articles"),
    # search
    "search.placeholder": ("搜索整个文库…", "Search the whole library…"),
    "search.any_type": ("全部类型", "All types"),
    "search.any_label": ("全部标注", "All labels"),
    "search.summary": (
        "{docs} 篇文档，{hits} 处命中（{ms} 毫秒）",
        "{hits} hits in {docs} documents ({ms} ms)",
    ),
    "search.running": ("正在搜索…", "Searching…"),
    "search.none": ("没有找到“{q}”。", "Nothing found for “{q}”."),
    "search.failed": ("搜索失败：{msg}", "Search failed: {msg}"),
    # import
    "import.title": ("导入", "Import"),
    "import.pick_files": ("选择要导入的文件", "Choose files to import"),
    "import.pick_folder": ("选择要导入的文件夹", "Choose a folder to import"),
    "import.filter": (
        "文档 (*.txt *.md *.pdf *.docx);;所有文件 (*)",
        "Documents (*.txt *.md *.pdf *.docx);;All files (*)",
    ),
    "import.progress": ("正在导入 {done}/{total}：{name}", "Importing {done}/{total}: {name}"),
    "import.starting": ("正在准备导入…", "Preparing import…"),
    "import.cancel": ("取消", "Cancel"),
    "import.cancelling": ("正在取消，已完成的文件会保留…", "Cancelling; finished files are kept…"),
    "import.busy": (
        "已有导入正在进行，请等待它完成。",
        "An import is already running; wait for it to finish.",
    ),
    "import.done": (
        "导入完成：{docs} 篇文档，{failed} 个文件失败，{skipped} 个跳过。",
        "Import finished: {docs} documents, {failed} files failed, {skipped} skipped.",
    ),
    "import.trashed": (
        " 重新导入的文件中已不再包含的 {n} 篇文档已移入回收站（文库 › 回收站 可恢复）。",
        " {n} documents the re-imported files no longer hold were moved to the Trash "
        "(Library › Trash restores them).",
    ),
    "import.cancelled": (
        "导入已取消：已完成的 {docs} 篇文档已保存，其余未导入。",
        "Import cancelled: {docs} finished documents were kept, the rest were not imported.",
    ),
    "import.report": ("导入报告", "Import report"),
    "import.col.file": ("文件", "File"),
    "import.col.status": ("结果", "Result"),
    "import.col.reason": ("原因 / 处理建议", "Reason / what to do"),
    "import.samples": (
        "首次启动：已自动导入示例文档（{docs} 篇）。",
        "First start: the sample documents were imported ({docs}).",
    ),
    "import.samples_running": (
        "首次启动：正在导入示例文档…",
        "First start: importing the sample documents…",
    ),
    "import.failed": ("导入失败", "Import failed"),
    # remove
    "remove.confirm": (
        "从文库中移除 {n} 篇文档？\n它们会移入回收站，可以撤销；源文件不会被删除。",
        "Remove {n} documents from the library?\nThey go to the trash and can be restored; "
        "the source files are not deleted.",
    ),
    "remove.done": ("已将 {n} 篇文档移入回收站。", "Moved {n} documents to the trash."),
    "remove.undo": ("撤销", "Undo"),
    "remove.undo_text": ("移除 {n} 篇文档", "remove {n} documents"),
    # document trash (ROBUSTNESS H8)
    "act.trash": ("回收站…", "Trash…"),
    "trash.title": ("回收站", "Trash"),
    "trash.col.title": ("标题", "Title"),
    "trash.col.removed": ("移除时间", "Removed"),
    "trash.col.annotations": ("批注", "Annotations"),
    "trash.col.source": ("源文件", "Source file"),
    "trash.info": (
        "移除的文档在这里，恢复后内容、引用和批注原样归位。永久删除后无法恢复，其批注保留为“未定位”。",
        "Removed documents wait here; restoring brings back their text, references and "
        "annotations as they were. Deleting permanently cannot be undone; their annotations "
        "stay, listed as unanchored.",
    ),
    "trash.empty_label": ("回收站是空的。", "The trash is empty."),
    "trash.restore": ("恢复", "Restore"),
    "trash.delete": ("永久删除…", "Delete permanently…"),
    "trash.empty": ("清空回收站…", "Empty trash…"),
    "trash.close": ("关闭", "Close"),
    "trash.delete.confirm": (
        "永久删除 {n} 篇文档？此操作无法撤销；它们的批注会保留在“未定位”中。",
        "Delete {n} documents permanently? This cannot be undone; their annotations stay, "
        "listed as unanchored.",
    ),
    "trash.restored": ("已恢复 {n} 篇文档。", "Restored {n} documents."),
    "trash.deleted": ("已永久删除 {n} 篇文档。", "Deleted {n} documents permanently."),
    "error.trash": ("回收站操作", "The trash"),
    # errors
    "error.title": ("出错了", "Something went wrong"),
    "error.action": ("{action}失败。", "{action} failed."),
    "error.unexpected": (
        "发生了意外错误，程序会继续运行。请把“详细信息”复制给开发者。",
        "An unexpected error occurred; Fayan keeps running. Copy the details for the developers.",
    ),
    "error.open_library": ("无法打开文库", "Cannot open the library"),
    "error.open_doc": ("打开文档", "Opening the document"),
    "error.remove": ("移除文档", "Removing documents"),
    "error.show_source": ("源文件已不存在：{path}", "The source file no longer exists: {path}"),
    "error.export": ("导出", "Export"),
    "error.details_log": ("详细记录见日志文件：{path}", "Full details are in the log file: {path}"),
    "error.library_in_use": ("文库正在使用中", "The library is in use"),
    "error.in_use_text": (
        "这个文库已在另一个法眼窗口或命令中打开。请切换到那个窗口，或先关闭它再重试。",
        "This library is already open in another Fayan window or command. Switch to that "
        "window, or close it and try again.",
    ),
    # library health: backups, restore, check (ROBUSTNESS R7–R10)
    "menu.library": ("文库(&L)", "&Library"),
    "menu.help": ("帮助(&H)", "&Help"),
    "act.backups": ("备份与恢复…", "Backups and restore…"),
    "act.backup_now": ("立即备份", "Back up now"),
    "act.check_library": ("检查文库", "Check library"),
    "act.reanalyse": ("重新分析全部文档", "Analyse all documents again"),
    "reanalyse.title": ("重新分析", "Analysing again"),
    "reanalyse.banner": (
        "分析规则或词库已更新，文库中的义务标注、义务主体和引用仍是旧的分析结果。",
        "The analysis rules or the cue lexicon have changed: the library still shows "
        "obligations, duty bearers and references from the old analysis.",
    ),
    "reanalyse.now": ("重新分析", "Analyse again"),
    "reanalyse.starting": ("正在准备…", "Preparing…"),
    "reanalyse.progress": (
        "正在重新分析：{done}/{total} 篇文档",
        "Analysing again: {done} of {total} documents",
    ),
    "reanalyse.done": (
        "已重新分析 {n} 篇文档（{seconds} 秒）。",
        "Analysed {n} documents again ({seconds} s).",
    ),
    "reanalyse.cancelled": (
        "已取消：{n} 篇文档已重新分析，其余保持原样。",
        "Cancelled: {n} documents were analysed again, the rest are as they were.",
    ),
    "reanalyse.failed": ("{n} 篇文档分析失败，详见日志。", "{n} documents failed; see the log."),
    "act.about": ("关于法眼", "About Fayan"),
    "act.open_log_folder": ("打开日志文件夹", "Open log folder"),
    "banner.read_only": (
        "只读模式：{reason} 导入、删除和笔记等修改功能已停用。",
        "Read-only: {reason} Importing, removing and notes are disabled.",
    ),
    "recovery.title": ("文库已从备份恢复", "The library was restored from a backup"),
    "recovery.text": (
        "文库文件已损坏，法眼已自动恢复 {when} 的备份。\n"
        "该时间之后导入的文档和添加的笔记可能缺失，请重新导入这些文件。\n"
        "损坏的文件保留为：{damaged}",
        "The library file was damaged; Fayan restored the backup of {when}.\n"
        "Documents imported and notes made after that time may be missing: import those "
        "files again.\nThe damaged file is kept as: {damaged}",
    ),
    "backup.title": ("备份与恢复", "Backups and restore"),
    "backup.folder": ("备份位于：{path}", "Backups are in: {path}"),
    "backup.none": ("还没有备份。", "No backups yet."),
    "backup.reason.manual": ("手动", "manual"),
    "backup.reason.auto": ("自动", "automatic"),
    "backup.reason.pre-restore": ("恢复前", "before restore"),
    "backup.reason.pre-v": ("升级前", "before upgrade"),
    "backup.row": ("{when} · {reason} · {size}", "{when} · {reason} · {size}"),
    "backup.restore": ("恢复所选备份…", "Restore selected backup…"),
    "backup.open_folder": ("打开备份文件夹", "Open backup folder"),
    "backup.done": ("已备份到 {path}", "Backed up to {path}"),
    "backup.action": ("备份文库", "Backing up the library"),
    "restore.action": ("恢复备份", "Restoring the backup"),
    "restore.confirm_title": ("恢复这个备份？", "Restore this backup?"),
    "restore.confirm": (
        "将用 {when} 的备份替换当前文库。\n\n"
        "备份：{b_docs} 篇文档，{b_notes} 条笔记。\n当前：{c_docs} 篇文档，{c_notes} 条笔记。\n\n"
        "将丢失：{lost_docs} 篇文档{titles}；{lost_notes} 条新笔记，{changed_notes} 条笔记的修改。\n\n"
        "恢复前会先把当前文库另存为“恢复前”备份。",
        "The library will be replaced by the backup of {when}.\n\n"
        "Backup: {b_docs} documents, {b_notes} notes.\nNow: {c_docs} documents, {c_notes} notes."
        "\n\nLost: {lost_docs} documents{titles}; {lost_notes} new notes, edits to "
        "{changed_notes} notes.\n\nThe current library is first saved as a pre-restore backup.",
    ),
    "restore.lost_corrections": (
        "\n\n另将丢失备份之后对 {n} 句自动分析结果所做的修改。",
        "\n\nAlso lost: corrections of the analysis to {n} sentences made since the backup.",
    ),
    "restore.done": (
        "已恢复 {when} 的备份。恢复前的文库保存在：{path}",
        "Restored the backup of {when}. The library as it was is kept in: {path}",
    ),
    "check.title": ("检查文库", "Check library"),
    "check.ok": (
        "文库完好：数据库完整性、表间关联和搜索索引均正常。\n{counts}",
        "The library is sound: database integrity, links and the search index are all fine."
        "\n{counts}",
    ),
    "check.rebuilt": (
        "数据库完好；搜索索引已损坏，现已重建。\n{counts}",
        "The database is sound; the search index was damaged and has been rebuilt.\n{counts}",
    ),
    "check.bad": (
        "文库文件已损坏。请在“文库 › 备份与恢复”中恢复一个备份；当前文件会先另存一份。",
        "The library file is damaged. Restore a backup (Library › Backups and restore); the "
        "current file is saved first.",
    ),
    "check.counts": (
        "{documents} 篇文档，{annotations} 条笔记，用时 {seconds:.1f} 秒。",
        "{documents} documents, {annotations} notes, checked in {seconds:.1f} s.",
    ),
    "about.title": ("关于法眼", "About Fayan"),
    "about.text": (
        "法眼 Fayan {version}\n离线阅读与分析中国政策法规文件。",
        "Fayan 法眼 {version}\nRead and analyse Chinese policy and legal documents, offline.",
    ),
    "about.copy": ("复制版本信息", "Copy version info"),
    "about.library": ("文库文件", "Library file"),
    "about.log": ("日志文件", "Log file"),
    # citation graph
    "menu.graph": ("引用关系图", "Citation graph"),
    "act.graph": ("引用关系图", "Citation graph"),
    "act.graph_current": ("在关系图中显示当前文档", "Show current document in graph"),
    "graph.title": ("引用关系图", "Citation graph"),
    "graph.scope.library": ("整个文库", "Whole library"),
    "graph.scope.neighbourhood": ("当前文档的邻域", "Neighbourhood of document"),
    "graph.scope.selection": ("选中的文档", "Selected documents"),
    "graph.depth": ("深度 ", "Depth "),
    "graph.direction.both": ("引用与被引", "Cites and cited by"),
    "graph.direction.in": ("被谁引用", "Cited by"),
    "graph.direction.out": ("引用了谁", "Cites"),
    "graph.size.in_degree": ("大小：被引文档数", "Size: citing documents"),
    "graph.size.pagerank": ("大小：PageRank", "Size: PageRank"),
    "graph.legend.size.in_degree": (
        "圆的大小 = 被多少篇文档引用",
        "Size = number of citing documents",
    ),
    "graph.legend.size.pagerank": ("圆的大小 = PageRank", "Size = PageRank"),
    "graph.search": ("在图中查找文档…", "Find a document in the graph…"),
    "graph.fit": ("适合窗口", "Fit"),
    "graph.export": ("导出", "Export"),
    "graph.export.png": ("导出 PNG 图片…", "Export PNG…"),
    "graph.export.svg": ("导出 SVG 矢量图…", "Export SVG…"),
    "graph.export.graphml": ("导出 GraphML（当前范围）…", "Export GraphML (this scope)…"),
    "graph.exported": ("已导出到 {path}", "Exported to {path}"),
    "graph.export_failed": ("无法写入 {path}", "Could not write {path}"),
    "graph.types": ("类型筛选", "Types"),
    "graph.year_from": ("从 ", "From "),
    "graph.year_to": ("到 ", "To "),
    "graph.any_year": ("不限年份", "any year"),
    "graph.min_cites": ("最少引用 ", "Min. citations "),
    "graph.missing": ("文库外文档", "Not in library"),
    "graph.laying_out": ("正在计算布局…", "Laying out…"),
    "graph.failed": ("关系图生成失败：{msg}", "The graph failed: {msg}"),
    "graph.status": ("{nodes} 个文档，{edges} 条引用关系", "{nodes} documents, {edges} links"),
    "graph.status_ms": ("（布局 {ms} 毫秒）", " (layout {ms} ms)"),
    "graph.no_current": ("请先打开一篇文档。", "Open a document first."),
    "graph.no_selection": (
        "请先在图中或文库中选择文档。",
        "Select documents in the graph or the library first.",
    ),
    "graph.not_found": ("图中没有“{q}”。", "“{q}” is not in the graph."),
    "graph.menu.neighbourhood": ("显示它的邻域", "Show its neighbourhood"),
    "graph.menu.expand": ("展开所引条款", "Expand into cited articles"),
    "graph.menu.collapse": ("收起所引条款", "Collapse cited articles"),
    "graph.expanded": ("展开了 {n} 个被引条款。", "Expanded {n} cited articles."),
    "graph.tip.counts": ("被 {cited} 篇引用 · 引用 {cites} 篇", "Cited by {cited} · cites {cites}"),
    "graph.tip.pagerank": ("PageRank {pr}", "PageRank {pr}"),
    "graph.tip.times": ("（{n} 处）", "({n} citations)"),
    "graph.tip.article": ("被引用 {n} 次", "cited {n} times"),
    "graph.tip.more": ("……另有 {n} 处", "… {n} more"),
    # compare
    "compare.tab": ("对比", "Compare"),
    "compare.running": ("正在逐条比较两篇文档…", "Comparing the two documents article by article…"),
    "compare.failed": ("比较失败。", "The comparison failed."),
    "compare.action": ("比较文档", "Comparing the documents"),
    "compare.status.same": ("相同", "Same"),
    "compare.status.modified": ("修改", "Modified"),
    "compare.status.moved": ("移动", "Moved"),
    "compare.status.merged": ("合并", "Merged"),
    "compare.status.split": ("拆分", "Split"),
    "compare.status.added": ("新增", "Added"),
    "compare.status.deleted": ("删除", "Deleted"),
    "compare.and_moved": ("·移动", " · moved"),
    "compare.moved_from": ("↪ 移自{label}", "↪ moved from {label}"),
    "compare.moved_to": ("↪ 移至{label}", "↪ moved to {label}"),
    "compare.similarity": ("相似度 {pct}%", "Similarity {pct}%"),
    "compare.col.status": ("状态", "Status"),
    "compare.next": ("下一处变化", "Next change"),
    "compare.prev": ("上一处变化", "Previous change"),
    "compare.copy": ("复制本行", "Copy row"),
    "compare.changes_only": ("仅显示变化", "Show changes only"),
    "compare.swap": ("交换 A/B", "Swap A/B"),
    "compare.export": ("导出 Word…", "Export to Word…"),
    "compare.export_action": ("导出对照报告", "Exporting the comparison report"),
    "compare.exporting": ("正在导出…", "Exporting…"),
    "compare.exported": ("已导出：{path}", "Exported: {path}"),
    "compare.report_prefix": ("对照", "compare"),
    "compare.changes": ("变化", "Changes"),
    "compare.changes_n": ("变化 {n}", "Changes {n}"),
    "compare.obligations": ("义务变化", "Obligation changes"),
    "compare.obligations_n": ("义务 {n}", "Duties {n}"),
    "compare.obligations_summary": (
        "义务性条款：新增 {added} · 删除 {removed} · 变化 {changed}",
        "Obligations: {added} added · {removed} removed · {changed} changed",
    ),
    "compare.obl.added": ("新增", "added"),
    "compare.obl.removed": ("删除", "removed"),
    "compare.obl.changed": ("变化", "changed"),
    "compare.no_next": ("后面没有更多变化了。", "No more changes below."),
    "compare.no_prev": ("前面没有更多变化了。", "No more changes above."),
    "compare.dialog.title": ("比较两篇文档", "Compare two documents"),
    "compare.dialog.first": ("文档一", "First document"),
    "compare.dialog.second": ("文档二", "Second document"),
    "compare.dialog.filter": ("筛选…", "Filter…"),
    "compare.dialog.hint": (
        "较早的文档作为 A（原文），较新的作为 B（新文）。",
        "The older document becomes A (old), the newer B (new).",
    ),
    "compare.dialog.ok": ("比较", "Compare"),
    "status.ready": ("就绪 · {n} 篇文档 · {path}", "Ready · {n} documents · {path}"),
    "status.not_in_library": (
        "“{title}”不在文库中。导入它后即可跳转。",
        "“{title}” is not in the library. Import it to follow this reference.",
    ),
    # annotations (desktop/annotation_*.py, notes_view.py, export_notes_dialog.py)
    "side.annotations": ("批注", "Notes"),
    "act.export_notes": ("导出批注…", "Export notes…"),
    "act.notes_view": ("全部批注…", "All annotations…"),
    "act.notes_backup": ("批注备份…", "Back up notes…"),
    "act.notes_restore": ("批注恢复…", "Restore notes…"),
    "act.palette": ("批注颜色…", "Annotation colours…"),
    "ann.undo": ("撤销", "Undo"),
    "ann.redo": ("重做", "Redo"),
    "ann.undo.add": ("添加批注", "add annotation"),
    "ann.undo.edit": ("修改批注", "edit annotation"),
    "ann.undo.delete": ("删除批注", "delete annotation"),
    "ann.undo.attach": ("重新定位批注", "re-attach annotation"),
    "ann.action.add": ("添加批注", "Adding the annotation"),
    "ann.action.edit": ("保存批注", "Saving the annotation"),
    "ann.action.delete": ("删除批注", "Deleting the annotation"),
    "ann.action.attach": ("重新定位批注", "Re-attaching the annotation"),
    "ann.added": ("已添加批注。撤销：Ctrl+Z", "Annotation added. Undo: Ctrl+Z"),
    "ann.deleted": (
        "批注已移到回收站。撤销：Ctrl+Z",
        "Annotation moved to the trash. Undo: Ctrl+Z",
    ),
    "ann.attached": ("批注已定位到所选文字。", "The annotation is attached to the selected text."),
    "ann.attach.select_first": (
        "请先在阅读器中选中要附加批注的文字。",
        "First select the text to attach the annotation to in the reader.",
    ),
    "ann.menu.highlight": ("高亮为", "Highlight as"),
    "ann.menu.note": ("添加批注…", "Add note…"),
    "ann.menu.edit": ("编辑批注…", "Edit note…"),
    "ann.menu.delete": ("删除批注", "Delete note"),
    "ann.menu.article": ("批注整条（{article}）…", "Annotate the whole article ({article})…"),
    "ann.menu.attach": ("将未定位批注附加到此处", "Attach an unanchored note here"),
    "ann.panel.header": ("批注", "Annotations"),
    "ann.panel.empty": (
        "本文档还没有批注。\n在阅读器中选中文字，右键即可高亮或添加批注。",
        "No annotations in this document yet.\nSelect text in the reader and right-click to "
        "highlight it or add a note.",
    ),
    "ann.group.orphans": ("未定位", "Unanchored"),
    "ann.group.body": ("（正文）", "(body)"),
    "ann.status.exact": ("已定位", "anchored"),
    "ann.status.fuzzy": ("近似定位 {score}，请核对", "approximate match {score}, please review"),
    "ann.status.fuzzy_all": ("近似定位（待核对）", "Approximate (to review)"),
    "ann.status.orphan": ("未定位", "unanchored"),
    "ann.tip.tags": ("标签：{tags}", "Tags: {tags}"),
    "ann.filter.text": ("在批注和原文中筛选…", "Filter notes and quotes…"),
    "ann.filter.all_tags": ("全部标签", "All tags"),
    "ann.filter.all_colors": ("全部颜色", "All colours"),
    "ann.filter.all_docs": ("全部文档", "All documents"),
    "ann.filter.all_status": ("全部状态", "Any status"),
    "ann.sort.position": ("按位置", "By position"),
    "ann.sort.date": ("按时间", "By date"),
    "ann.edit": ("编辑", "Edit"),
    "ann.delete": ("删除", "Delete"),
    "ann.open": ("打开", "Open"),
    "ann.attach": ("附加到选中文字", "Attach to selection"),
    "ann.attach.tip": (
        "把这条批注定位到阅读器中当前选中的文字",
        "Anchor this note to the text selected in the reader",
    ),
    "ann.all": ("全部批注…", "All notes…"),
    "ann.all.title": ("全部批注", "All annotations"),
    "ann.all.count": ("{n} 条批注", "{n} annotations"),
    "ann.export": ("导出…", "Export…"),
    "ann.col.document": ("文档", "Document"),
    "ann.col.article": ("条款", "Article"),
    "ann.col.color": ("颜色", "Colour"),
    "ann.col.quote": ("原文", "Quote"),
    "ann.col.note": ("批注", "Note"),
    "ann.col.tags": ("标签", "Tags"),
    "ann.col.status": ("状态", "Status"),
    "ann.col.updated": ("修改时间", "Updated"),
    "ann.editor.title": ("批注", "Annotation"),
    "ann.save": ("保存", "Save"),
    "ann.cancel": ("取消", "Cancel"),
    "ann.close": ("关闭", "Close"),
    "ann.editor.note": ("批注内容", "Note"),
    "ann.editor.note_hint": ("写下你的意见、待办或疑问…", "Your comment, to-do or question…"),
    "ann.editor.tags": ("标签", "Tags"),
    "ann.editor.tags_hint": (
        "用逗号分隔，例如：数据安全，年度检查",
        "Comma-separated, e.g. data, audit",
    ),
    "ann.editor.color": ("颜色（含义）", "Colour (meaning)"),
    "ann.palette.button": ("重命名颜色…", "Rename colours…"),
    "ann.palette.title": ("批注颜色", "Annotation colours"),
    "ann.palette.hint": ("每种颜色代表的含义：", "What each colour means:"),
    "ann.export.title": ("导出批注", "Export notes"),
    "ann.export.action": ("导出批注", "Exporting notes"),
    "ann.export.which": ("导出哪些批注：", "Which notes:"),
    "ann.export.scope.current": ("当前文档", "The current document"),
    "ann.export.scope.documents": ("选定的文档：", "These documents:"),
    "ann.export.scope.tag": ("带有标签：", "With the tag:"),
    "ann.export.scope.all": ("全部批注", "All notes"),
    "ann.export.format": ("格式", "Format"),
    "ann.export.format.docx": ("Word 文档（.docx）", "Word document (.docx)"),
    "ann.export.format.md": ("Markdown（.md）", "Markdown (.md)"),
    "ann.export.format.csv": ("表格 CSV（.csv）", "Spreadsheet CSV (.csv)"),
    "ann.export.filter.docx": ("Word 文档 (*.docx)", "Word document (*.docx)"),
    "ann.export.filter.md": ("Markdown (*.md)", "Markdown (*.md)"),
    "ann.export.filter.csv": ("CSV (*.csv)", "CSV (*.csv)"),
    "ann.export.register": ("附义务清单（落实台账）", "Include an obligations register"),
    "ann.export.register.tip": (
        "为所选文档的每项义务列出一行：条款、义务主体、原文和批注",
        "One row per obligation of the chosen documents: article, duty bearer, text and notes",
    ),
    "ann.export.file": ("保存到", "Save to"),
    "ann.export.browse": ("浏览…", "Browse…"),
    "ann.export.run": ("导出", "Export"),
    "ann.export.running": ("正在导出…", "Exporting…"),
    "ann.export.done": ("已导出到 {path}", "Exported to {path}"),
    "ann.export.failed": ("导出失败，文件未写入。", "The export failed; no file was written."),
    "ann.export.no_file": ("请选择保存位置。", "Choose where to save."),
    "ann.export.no_docs": ("请至少勾选一篇文档。", "Tick at least one document."),
    "ann.export.open_folder?": ("要打开所在文件夹吗？", "Open the folder?"),
    "ann.export.open_folder": ("打开文件夹", "Open folder"),
    "ann.export.default_name": ("批注", "notes"),
    "ann.backup.title": ("批注备份", "Back up notes"),
    "ann.backup.action": ("备份批注", "Backing up notes"),
    "ann.backup.default_name": ("法眼批注备份.json", "fayan-notes.json"),
    "ann.backup.filter": ("批注备份 (*.json)", "Notes backup (*.json)"),
    "ann.backup.done": ("批注已备份到 {path}", "Notes backed up to {path}"),
    "ann.restore.title": ("批注恢复", "Restore notes"),
    "ann.restore.action": ("恢复批注", "Restoring notes"),
    "ann.restore.report": (
        "批注已恢复：新增 {added} 条，更新 {updated} 条，未变 {unchanged} 条；"
        "其中 {orphaned} 条无法定位，列在“未定位”中。对自动分析结果的修改：新增或更新 {fixes} 条。",
        "Notes restored: {added} added, {updated} updated, {unchanged} unchanged; "
        "{orphaned} could not be placed and are listed as unanchored. Corrections of the "
        "analysis: {fixes} added or updated.",
    ),
    "ann.remove.text": (
        "要移除 {docs} 篇文档吗？它们带有 {n} 条批注。",
        "Remove {docs} documents? They carry {n} annotations.",
    ),
    "ann.remove.info": (
        "文档会移入回收站，可撤销（Ctrl+Z）或在“文库 › 回收站”中恢复，保留的批注随之归位。"
        "源文件不受影响。",
        "The documents go to the trash: undo (Ctrl+Z) or restore them from Library › Trash, and "
        "kept annotations re-attach. Source files are not touched.",
    ),
    "ann.remove.keep": ("移除，保留 {n} 条批注", "Remove, keep {n} annotations"),
    "ann.remove.delete": ("移除并删除批注", "Remove and delete annotations"),
    "lang.restart": ("界面语言已切换。", "Language changed."),
    # the import report's result column
    "import.status.failed": ("失败", "failed"),
    "import.status.skipped": ("已跳过", "skipped"),
    "import.status.duplicate": ("重复", "duplicate"),
}
STRINGS.update(ERROR_STRINGS)  # core's error messages, "err.<key>" (a module of their own)


def set_language(lang: str) -> None:
    global _lang
    _lang = lang if lang in LANGUAGES else "zh"


def language() -> str:
    return _lang


def tr(key: str, **fmt: object) -> str:
    """The UI string for ``key`` in the current language (the key itself if unknown)."""
    pair = STRINGS.get(key)
    text = key if pair is None else pair[0 if _lang == "zh" else 1]
    return text.format(**fmt) if fmt else text


def label_name(label: str) -> str:
    return tr(f"label.{label}")


def joined(items: Iterable[str]) -> str:
    """Items as a list in the current language (义务、禁止 / Obligation, Prohibition)."""
    return tr("list.sep").join(items)
